package fr.relais.quiz;

import fr.relais.kernel.Spreadsheet;
import fr.relais.kernel.i18n.Texts;
import fr.relais.obligations.AuditPeriod;
import fr.relais.obligations.Evidence;
import fr.relais.obligations.EvidenceBooks;
import fr.relais.obligations.EvidenceSource;
import fr.relais.people.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The binder's evaluation of the objectives (indicator 11): for each training session of the period
 * with a quiz, the mean score before and after and the share of right answers per objective. Nobody
 * is named: the evidence is that objectives are evaluated, session by session.
 */
@ApplicationScoped
public class QuizEvidence implements EvidenceSource {

  @Inject private QuizResultsService results;

  @Override
  public List<Evidence> evidence(Caller by, AuditPeriod period, Locale locale) {
    return List.of(
        Evidence.of(
            11,
            "evaluation-des-acquis-" + period.from() + "-" + period.to() + ".xlsx",
            "binder.proves.quiz",
            () -> workbook(by, period, locale)));
  }

  private byte[] workbook(Caller by, AuditPeriod period, Locale locale) {
    Texts t = Texts.in(locale);
    Spreadsheet book = EvidenceBooks.book(t, "binder.quiz.title");
    Spreadsheet.Writer sessions =
        EvidenceBooks.sheet(book, t, t.get("binder.quiz.sessions"), "binder.quiz.sessions.columns");
    Spreadsheet.Writer objectives =
        EvidenceBooks.sheet(
            book, t, t.get("binder.quiz.objectives"), "binder.quiz.objectives.columns");
    for (long id : results.sessionsWithQuiz(period.start(), period.end())) {
      QuizResultsService.Session s = results.of(by, id);
      sessions.row(
          Arrays.asList(
              s.activity(),
              s.startsAt(),
              s.before().respondents(),
              s.before().meanPercent(),
              s.after().respondents(),
              s.after().meanPercent()));
      for (QuizResultsService.Objective o : s.objectives()) {
        objectives.row(
            Arrays.asList(
                s.activity(), s.startsAt(), o.text(), o.beforePercent(), o.afterPercent()));
      }
    }
    return book.bytes();
  }
}
