package fr.relais.establishment;

import fr.relais.kernel.Organisation;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.pdf.Templates;
import java.util.List;
import java.util.Map;

/**
 * The convention de formation as a file, in French (the language of the contract), with what Code
 * du travail D6353-1 asks: the parties, the action's title and nature, objectives, content, means
 * and trainers, duration, dates, times and place, the number of trainees, how attendance is
 * followed and results evaluated, the price with and without VAT and the payment terms. Tagged
 * PDF/A-2A and PDF/UA-1. Written once per version, when it is proposed.
 */
public final class ConventionPdf {

  private ConventionPdf() {}

  public static byte[] of(ConventionFacts f, Organisation.Identity org) {
    DocumentModel m = new DocumentModel(Language.FR);
    Texts t = m.texts();
    DateFormats dates = m.dates();
    Prices.Price price = f.price();
    ConventionTerms terms = f.terms();
    m.put("orgName", org.name())
        .put("orgAddress", org.address())
        .text("orgNumbers", "document.orgNumbers", org.siret(), org.declaration())
        .text("title", "establishment.convention.pdf.title")
        .text("subject", "establishment.convention.pdf.subject", f.action(), f.establishment())
        .text(
            "version",
            "establishment.convention.pdf.version",
            String.valueOf(f.number()),
            dates.day(f.madeAt()),
            f.reference())
        .text("law", "establishment.convention.pdf.law")
        .text("between", "establishment.convention.pdf.between")
        .text("orgParty", "establishment.convention.pdf.orgParty")
        .text(
            "orgDetails",
            "establishment.convention.pdf.orgDetails",
            org.siret(),
            org.declaration(),
            org.signatory(),
            org.signatoryTitle())
        .text("and", "establishment.convention.pdf.and")
        .text("clientParty", "establishment.convention.pdf.clientParty")
        .put("establishment", f.establishment())
        .put("establishmentAddress", f.establishmentAddress())
        .text("agreed", "establishment.convention.pdf.agreed")
        .text("h1", "establishment.convention.pdf.h.object")
        .text("object", "establishment.convention.pdf.object", f.action())
        .text("nature", "establishment.convention.pdf.nature")
        .text("audienceText", "establishment.convention.pdf.audience", f.audience())
        .text("h2", "establishment.convention.pdf.h.objectives")
        .list("objectives", paragraphs(terms.objectives()))
        .text("h3", "establishment.convention.pdf.h.content")
        .list("content", paragraphs(terms.content()))
        .text("h4", "establishment.convention.pdf.h.means")
        .list("means", paragraphs(terms.means()))
        .text("trainersText", "establishment.convention.pdf.trainers", f.trainers())
        .text("h5", "establishment.convention.pdf.h.schedule")
        .text("dayLabel", "establishment.convention.day")
        .text("timesLabel", "establishment.convention.times")
        .text("lengthLabel", "establishment.convention.length")
        .list("days", days(f.days(), dates))
        .text(
            "duration",
            "establishment.convention.pdf.duration",
            Durations.hours(f.minutes()),
            String.valueOf(f.days().size()))
        .text("placeText", "establishment.convention.pdf.place", f.place())
        .text("h6", "establishment.convention.pdf.h.trainees")
        .text("traineesText", "establishment.convention.pdf.trainees", terms.trainees().toString())
        .text("h7", "establishment.convention.pdf.h.followUp")
        .text("attendance", "establishment.convention.pdf.attendance")
        .list("evaluation", paragraphs(terms.evaluation()))
        .text("sanction", "establishment.convention.pdf.sanction")
        .text("h8", "establishment.convention.pdf.h.price")
        .text("unitLabel", "establishment.convention.unitPrice")
        .put(
            "unit",
            Prices.euros(price.unitCents(), Language.FR.locale())
                + " "
                + t.get("enum.PriceBasis." + terms.priceBasis().name()))
        .text("quantityLabel", "establishment.convention.quantity")
        .put("quantity", String.valueOf(price.quantity()))
        .text("excludingLabel", "establishment.convention.excludingVat")
        .put("excluding", Prices.euros(price.excludingVat(), Language.FR.locale()))
        .text("vatLabel", "establishment.convention.vat")
        .put("vat", Prices.euros(price.vat(), Language.FR.locale()))
        .text("includingLabel", "establishment.convention.includingVat")
        .put("including", Prices.euros(price.includingVat(), Language.FR.locale()))
        .text("vatMention", "enum.VatStatus." + terms.vat().name())
        .text("h9", "establishment.convention.pdf.h.payment")
        .list("payment", paragraphs(terms.paymentTerms()))
        .text("h10", "establishment.convention.pdf.h.acceptance")
        .text("acceptance", "establishment.convention.pdf.acceptance")
        .text("madeAtText", "certificate.madeAt", org.city(), dates.day(f.madeAt()))
        .put("signatory", org.signatory() + ", " + org.signatoryTitle());
    return Templates.pdf("convention", m.values());
  }

  /** A typed text cut into its paragraphs (blank lines or line breaks). */
  static List<String> paragraphs(String text) {
    return text == null
        ? List.of()
        : text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static List<Map<String, String>> days(List<ConventionDay> days, DateFormats dates) {
    return days.stream()
        .map(
            d ->
                Map.of(
                    "day", dates.day(d.getStartsAt()),
                    "times", dates.time(d.getStartsAt()) + " – " + dates.time(d.getEndsAt()),
                    "length", Durations.hours(d.minutes())))
        .toList();
  }
}
