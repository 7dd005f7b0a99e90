package fr.relais.attendance;

import fr.relais.kernel.Organisation;
import fr.relais.kernel.QrCodes;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.pdf.Templates;
import fr.relais.people.Account;
import fr.relais.scheduling.Session;
import java.util.List;

/**
 * The certificate of one participant and session, in the fields of the ministry's "certificat de
 * réalisation": the organisation and its signatory, the trainee, the action and its nature, the
 * dates and the time attended, where and when it was made; with a code and a QR code to check it at
 * /verify/{code}. Tagged PDF/A-2 and PDF/UA-1.
 */
public final class CertificatePdf {

  private CertificatePdf() {}

  public static byte[] of(
      Certificate certificate, List<String> trainers, String verifyUrl, Organisation.Identity org) {
    DocumentModel m = new DocumentModel(Language.FR);
    Texts t = m.texts();
    DateFormats dates = m.dates();
    Account person = certificate.getRegistration().getAccount();
    Session s = certificate.getRegistration().getSession();
    organisation(m, org);
    m.text("title", "certificate.title")
        .text("subject", "certificate.subject", s.getActivity().getTitle())
        .text(
            "undersigned",
            "certificate.undersigned",
            org.signatory(),
            org.signatoryTitle(),
            org.name())
        .text("attests", "certificate.attests")
        .text("participantLabel", "certificate.participant")
        .put("participant", person.getDisplayName())
        .text("professionLabel", "signup.profession")
        .put(
            "profession",
            person.getProfession() == null
                ? null
                : t.get("enum.Profession." + person.getProfession().name()))
        .text("actionLabel", "certificate.action")
        .put(
            "action",
            s.getActivity().getTitle()
                + " ("
                + t.get("enum.Format." + s.getActivity().getFormat().name())
                + ")")
        .text("periodLabel", "certificate.period")
        .put("period", dates.range(s.getStartsAt(), s.getEndsAt()))
        .text("durationLabel", "certificate.duration")
        .put("duration", hours(certificate.getMinutes()))
        .text("trainersLabel", "sheet.trainers")
        .put("trainers", String.join(", ", trainers))
        .text("natureLabel", "certificate.nature")
        .list(
            "natures",
            List.of(
                t.get("certificate.nature.training"),
                t.get("certificate.nature.skills"),
                t.get("certificate.nature.vae"),
                t.get("certificate.nature.apprenticeship")))
        .text("retention", "certificate.retention")
        .text("madeAt", "certificate.madeAt", org.city(), dates.day(certificate.getIssuedAt()))
        .put("signatory", org.signatory() + ", " + org.signatoryTitle())
        .image("signature", org.signature())
        .text("signatureAlt", "certificate.signatureAlt", org.signatory())
        .image("qr", QrCodes.png(verifyUrl, 240))
        .text("qrAlt", "certificate.qrAlt", verifyUrl)
        .text("verify", "certificate.verify", certificate.getCode(), verifyUrl);
    return Templates.pdf("certificate", m.values());
  }

  /** The organisation's block at the top of a document. */
  static void organisation(DocumentModel m, Organisation.Identity org) {
    m.put("orgName", org.name())
        .put("orgAddress", org.address())
        .text("orgNumbers", "document.orgNumbers", org.siret(), org.declaration());
  }

  /** "3 h 30" */
  static String hours(int minutes) {
    return minutes / 60 + " h " + String.format("%02d", minutes % 60);
  }
}
