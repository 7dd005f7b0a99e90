package fr.relais.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A participant's own wellbeing scores over time, found through their pseudonym. Read in a
 * transaction: outside one, Payara hands out a non-transactional entity manager that SurveyIT once
 * found closed in the middle of this read.
 */
@ApplicationScoped
@Transactional
public class MyWellbeing {

  @Inject private SurveyRepository surveys;
  @Inject private Pseudonyms pseudonyms;

  /** One submitted instrument: when, which, the scores, and the change since the previous one. */
  public record Entry(
      LocalDate on,
      String code,
      String titleFr,
      String titleEn,
      Map<String, Double> scores,
      Double change,
      boolean meaningful)
      implements Serializable {
    public LocalDate getOn() {
      return on;
    }

    public String getCode() {
      return code;
    }

    public Map<String, Double> getScores() {
      return scores;
    }

    public Double getChange() {
      return change;
    }

    public boolean isMeaningful() {
      return meaningful;
    }

    public String title(java.util.Locale locale) {
      return Wording.pick(locale, titleFr, titleEn);
    }
  }

  public List<Entry> of(long accountId) {
    List<Entry> entries = new ArrayList<>();
    Double lastWho5 = null;
    for (Response r : surveys.wellbeingOf(pseudonyms.of(accountId))) {
      Questionnaire q = r.getQuestionnaire();
      Double change = null;
      boolean meaningful = false;
      if (Who5Scoring.CODE.equals(q.getCode())) {
        Double percent = r.getScores().get(Who5Scoring.PERCENT);
        if (percent != null && lastWho5 != null) {
          change = percent - lastWho5;
          meaningful = Who5Scoring.meaningfulChange(lastWho5, percent);
        }
        lastWho5 = percent;
      }
      entries.add(
          new Entry(
              r.getSubmittedOn(),
              q.getCode(),
              q.getTitleFr(),
              q.getTitleEn(),
              Map.copyOf(r.getScores()),
              change,
              meaningful));
    }
    return entries;
  }
}
