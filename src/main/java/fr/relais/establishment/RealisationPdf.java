package fr.relais.establishment;

import fr.relais.kernel.Organisation;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.pdf.Templates;
import java.time.Instant;
import java.util.List;

/**
 * The certificat de réalisation of one participant of an establishment's day, for the establishment
 * and its funder: who issues it, the participant and their employer, the action and its nature (a
 * training action), its dates, and the time actually attended, half-day by half-day, from the
 * sign-in sheet. In French, the language of the document. Tagged PDF/A-2A and PDF/UA-1.
 */
public final class RealisationPdf {

  /** What the certificate says. */
  public record Realisation(
      String participant,
      String profession,
      String establishment,
      String action,
      Instant start,
      Instant end,
      List<Half> halves,
      int minutes,
      String reference,
      Instant madeOn) {}

  /** One half-day of the sign-in sheet and what it counts. */
  public record Half(String when, String status, String duration) {}

  private RealisationPdf() {}

  public static byte[] of(Realisation r, Organisation.Identity org) {
    DocumentModel m = new DocumentModel(Language.FR);
    Texts t = m.texts();
    DateFormats dates = m.dates();
    m.put("orgName", org.name())
        .put("orgAddress", org.address())
        .text("orgNumbers", "document.orgNumbers", org.siret(), org.declaration())
        .text("title", "certificate.title")
        .text("subject", "certificate.subject", r.action())
        .text(
            "undersigned",
            "certificate.undersigned",
            org.signatory(),
            org.signatoryTitle(),
            org.name())
        .text("attests", "establishment.realisation.attests")
        .text("participantLabel", "certificate.participant")
        .put("participant", r.participant())
        .text("professionLabel", "signup.profession")
        .put("profession", r.profession())
        .text("employerLabel", "establishment.realisation.employer")
        .put("employer", r.establishment())
        .text("actionLabel", "certificate.action")
        .put("action", r.action())
        .text("periodLabel", "certificate.period")
        .put(
            "period",
            dates.day(r.start()).equals(dates.day(r.end()))
                ? t.get("establishment.realisation.oneDay", dates.day(r.start()))
                : t.get(
                    "establishment.realisation.period", dates.day(r.start()), dates.day(r.end())))
        .text("durationLabel", "establishment.realisation.duration")
        .put("duration", hours(r.minutes()))
        .text("natureLabel", "certificate.nature")
        .list(
            "natures",
            List.of(
                t.get("certificate.nature.training"),
                t.get("certificate.nature.skills"),
                t.get("certificate.nature.vae"),
                t.get("certificate.nature.apprenticeship")))
        .text("detailTitle", "establishment.realisation.detail")
        .text("halfLabel", "establishment.realisation.half")
        .text("statusLabel", "establishment.realisation.status")
        .text("timeLabel", "establishment.realisation.time")
        .list("halves", r.halves())
        .text("referenceLabel", "establishment.realisation.reference")
        .put("reference", r.reference())
        .text("retention", "certificate.retention")
        .text("madeAt", "certificate.madeAt", org.city(), dates.day(r.madeOn()))
        .put("signatory", org.signatory() + ", " + org.signatoryTitle())
        .image("signature", org.signature())
        .text("signatureAlt", "certificate.signatureAlt", org.signatory());
    return Templates.pdf("realisation", m.values());
  }

  /** "7 h 00" */
  public static String hours(int minutes) {
    return minutes / 60 + " h " + String.format("%02d", minutes % 60);
  }
}
