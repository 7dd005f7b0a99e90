package fr.relais.establishment;

import fr.relais.kernel.Organisation;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.pdf.Templates;
import java.time.Instant;
import java.util.List;

/**
 * One page on an establishment's day(s) for the establishment and its funder: the action, the
 * convention it follows, the attendance per half-day as counts, and the satisfaction as an
 * aggregate of at least five answers, or a sentence saying there are too few to show. No one's name
 * but the trainers'. Tagged PDF/A-2A and PDF/UA-1.
 */
public final class DaySummaryPdf {

  /** What the summary says. */
  public record Summary(
      String establishment,
      String action,
      String reference,
      int invited,
      List<DayLine> days,
      StaffView.Satisfaction satisfaction,
      Instant madeOn) {}

  /** One session with its half-days' counts. */
  public record DayLine(
      String when,
      String place,
      String trainers,
      int seats,
      int confirmed,
      List<HalfLine> halves) {}

  /** Counts of one half-day of the sign-in sheet. */
  public record HalfLine(String label, long present, long late, long absent, long excused) {}

  private DaySummaryPdf() {}

  public static byte[] of(Summary s, Organisation.Identity org) {
    DocumentModel m = new DocumentModel(Language.FR);
    m.put("orgName", org.name())
        .put("orgAddress", org.address())
        .text("orgNumbers", "document.orgNumbers", org.siret(), org.declaration())
        .text("title", "establishment.summary.title")
        .put("establishment", s.establishment())
        .text("actionLabel", "certificate.action")
        .put("action", s.action())
        .text("referenceLabel", "establishment.realisation.reference")
        .put("reference", s.reference())
        .text("invitedLabel", "establishment.summary.invited")
        .put("invited", String.valueOf(s.invited()))
        .text("attendanceTitle", "establishment.summary.attendance")
        .text("placeLabel", "establishment.summary.place")
        .text("trainersLabel", "sheet.trainers")
        .text("seatsLabel", "establishment.summary.seats")
        .text("halfLabel", "establishment.realisation.half")
        .text("presentLabel", "establishment.summary.present")
        .text("lateLabel", "establishment.summary.late")
        .text("absentLabel", "establishment.summary.absent")
        .text("excusedLabel", "establishment.summary.excused")
        .list("days", s.days())
        .text("satisfactionTitle", "establishment.summary.satisfaction")
        .text("madeAt", "certificate.madeAt", org.city(), m.dates().day(s.madeOn()));
    StaffView.Satisfaction sat = s.satisfaction();
    if (sat.shown()) {
      m.text(
              "satisfactionText",
              "establishment.summary.satisfactionShown",
              String.valueOf(sat.respondents()))
          .text("scoreLabel", "establishment.staff.satisfaction.score")
          .put("score", sat.score() == null ? "–" : decimal(sat.score()) + " / 5")
          .text("objectivesLabel", "establishment.staff.satisfaction.objectives")
          .put(
              "objectives",
              sat.objectivesPercent() == null ? "–" : sat.objectivesPercent() + "\u202F%")
          .text("recommendLabel", "establishment.staff.satisfaction.recommend")
          .put("recommend", sat.recommend() == null ? "–" : decimal(sat.recommend()) + " / 10")
          .put("shown", true);
    } else {
      m.text("satisfactionText", "establishment.staff.satisfaction.tooFew");
    }
    return Templates.pdf("day-summary", m.values());
  }

  /** "4,3" */
  public static String decimal(double value) {
    return String.format(java.util.Locale.FRENCH, "%.1f", value);
  }
}
