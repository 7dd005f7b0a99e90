package fr.relais.dpc;

import fr.relais.kernel.Organisation;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.pdf.Templates;
import fr.relais.quiz.QuizPhase;
import fr.relais.quiz.QuizService;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The end-of-training attestation of one participant of a training action ("attestation de fin de
 * formation", as the ANDPC asks the organisation to give each participant of a DPC action): the
 * organisation and its signatory, the person and their RPPS/ADELI number, the action, its nature,
 * its ANDPC action and session numbers when it is a DPC action, its objectives, dates, the planned
 * duration and the time actually attended (present half-days less the break), and the knowledge
 * quiz's before/after scores when a quiz was planned. Tagged PDF/A-2A and PDF/UA-1.
 */
public final class AttestationPdf {

  private AttestationPdf() {}

  /** The quiz part: null when no quiz was planned. */
  public record Quiz(List<QuizService.Attempt> attempts) {}

  public static byte[] of(
      TrainingFactsRepository.Session s,
      TrainingFactsRepository.Participant p,
      Quiz quiz,
      Organisation.Identity org,
      Instant issuedAt) {
    DocumentModel m = new DocumentModel(Language.FR);
    Texts t = m.texts();
    DateFormats dates = m.dates();
    long attended =
        AttendedTime.minutes(s.startsAt(), s.endsAt(), s.breakMinutes(), p.presentHalfDays());
    long planned =
        Math.max(0, Duration.between(s.startsAt(), s.endsAt()).toMinutes() - s.breakMinutes());
    List<String> objectives =
        s.objectives() == null
            ? List.of()
            : Arrays.stream(s.objectives().split("\\R"))
                .map(l -> l.replaceFirst("^[\\s\\-•*·]+", "").strip())
                .filter(l -> !l.isEmpty())
                .toList();
    m.put("orgName", org.name())
        .put("orgAddress", org.address())
        .text("orgNumbers", "document.orgNumbers", org.siret(), org.declaration())
        .text("title", "dpc.attestation.title")
        .text("subject", "dpc.attestation.subject", s.title())
        .text(
            "undersigned",
            "dpc.attestation.undersigned",
            org.signatory(),
            org.signatoryTitle(),
            org.name())
        .text("participantLabel", "certificate.participant")
        .put("participant", p.name())
        .text("professionLabel", "signup.profession")
        .put(
            "profession",
            p.profession() == null ? null : t.get("enum.Profession." + p.profession()))
        .text("healthIdLabel", p.rpps() != null ? "dpc.rpps" : "dpc.adeli")
        .put("healthId", p.rpps() != null ? p.rpps() : p.adeli())
        .text("actionLabel", "certificate.action")
        .put("action", s.title())
        .text("natureLabel", "certificate.nature")
        .text(
            "nature",
            s.isDpc() ? "dpc.attestation.nature.dpc" : "dpc.attestation.nature.training",
            t.get("enum.Format." + s.format()))
        .text("andpcActionLabel", "dpc.action")
        .put("andpcAction", s.andpcAction())
        .text("andpcSessionLabel", "dpc.session")
        .put("andpcSession", s.isDpc() ? s.andpcSession() : null)
        .text("periodLabel", "certificate.period")
        .put("period", dates.range(s.startsAt(), s.endsAt()))
        .text("plannedLabel", "dpc.attestation.planned")
        .put("planned", AttendedTime.hours(planned))
        .text("attendedLabel", "dpc.attestation.attended")
        .put("attended", AttendedTime.hours(attended))
        .text("halfDaysLabel", "dpc.list.halfDays")
        .put("halfDays", halfDays(t, p))
        .text("trainersLabel", "sheet.trainers")
        .put("trainers", s.trainers().isEmpty() ? null : String.join(", ", s.trainers()))
        .text("objectivesTitle", "dpc.attestation.objectives")
        .put("hasObjectives", !objectives.isEmpty())
        .list("objectives", objectives)
        .text("retention", "dpc.attestation.retention")
        .text("madeAt", "certificate.madeAt", org.city(), dates.day(issuedAt))
        .put("signatory", org.signatory() + ", " + org.signatoryTitle())
        .image("signature", org.signature())
        .text("signatureAlt", "certificate.signatureAlt", org.signatory());
    if (quiz != null) {
      m.put("quiz", true)
          .text("quizTitle", "dpc.attestation.quiz")
          .text("quizPhaseLabel", "quiz.results.phase")
          .text("quizScoreLabel", "dpc.attestation.quiz.score")
          .text("quizBeforeLabel", "quiz.phase.BEFORE")
          .text("quizAfterLabel", "quiz.phase.AFTER")
          .put("quizBefore", score(t, quiz, QuizPhase.BEFORE))
          .put("quizAfter", score(t, quiz, QuizPhase.AFTER));
    }
    return Templates.pdf("training-attestation", m.values());
  }

  private static String score(Texts t, Quiz quiz, QuizPhase phase) {
    return quiz.attempts().stream()
        .filter(a -> a.phase() == phase)
        .findFirst()
        .map(a -> t.get("quiz.take.score", a.score(), a.total()))
        .orElse(t.get("dpc.attestation.quiz.none"));
  }

  /** "matin, après-midi" or "aucune". */
  static String halfDays(Texts t, TrainingFactsRepository.Participant p) {
    if (p.presentHalfDays().isEmpty()) {
      return t.get("dpc.list.noHalfDay");
    }
    return String.join(
        ", ",
        AttendedTime.sorted(p.presentHalfDays()).stream()
            .map(i -> t.get("dpc.halfDay", i + 1))
            .toList());
  }
}
