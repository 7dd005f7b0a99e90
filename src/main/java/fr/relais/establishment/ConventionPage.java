package fr.relais.establishment;

import fr.relais.kernel.Organisation;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Texts;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A convention's version as its page shows it: the same facts as its PDF, written in the page's
 * language (French dates and euros in French). Plain strings, kept in the view.
 */
public record ConventionPage(
    long id,
    long requestId,
    int number,
    ConventionStatus status,
    boolean latest,
    String madeOn,
    String reference,
    String sha256,
    String acceptedBy,
    String acceptedOn,
    String orgName,
    String orgAddress,
    String orgNumbers,
    String establishment,
    String establishmentAddress,
    String action,
    String audience,
    List<String> objectives,
    List<String> content,
    List<String> means,
    String trainers,
    List<DayLine> days,
    String duration,
    String place,
    int trainees,
    List<String> evaluation,
    String unitPrice,
    int quantity,
    String excludingVat,
    String vat,
    String includingVat,
    String vatMention,
    List<String> paymentTerms)
    implements Serializable {

  /** One day of the schedule. */
  public record DayLine(String day, String times, String length) implements Serializable {}

  public static ConventionPage of(
      Convention c, boolean latest, Organisation.Identity org, Locale locale) {
    Texts t = Texts.in(locale);
    DateFormats dates = new DateFormats(locale);
    Prices.Price price = c.price();
    EstablishmentRequest r = c.getRequest();
    return new ConventionPage(
        c.getId(),
        r.getId(),
        c.getNumber(),
        c.getStatus(),
        latest,
        dates.day(c.getCreatedAt()),
        r.getId() + "-" + c.getNumber(),
        c.getSha256(),
        c.getAcceptedByName(),
        dates.dateTime(c.getAcceptedAt()),
        org.name(),
        org.address(),
        t.get("document.orgNumbers", org.siret(), org.declaration()),
        r.getSite().getName(),
        ProposalPlans.address(r.getSite()),
        r.getActivity().getTitle(),
        t.get("enum.Audience." + r.getAudience().name()),
        ConventionPdf.paragraphs(c.getObjectives()),
        ConventionPdf.paragraphs(c.getContent()),
        ConventionPdf.paragraphs(c.getMeans()),
        c.getTrainers(),
        c.getDays().stream()
            .map(
                d ->
                    new DayLine(
                        dates.day(d.getStartsAt()),
                        dates.time(d.getStartsAt()) + " – " + dates.time(d.getEndsAt()),
                        Durations.hours(d.minutes())))
            .toList(),
        Durations.hours(c.minutes()),
        c.getPlace(),
        c.getTrainees(),
        ConventionPdf.paragraphs(c.getEvaluation()),
        Prices.euros(price.unitCents(), locale)
            + " "
            + t.get("enum.PriceBasis." + c.getPriceBasis().name()),
        price.quantity(),
        Prices.euros(price.excludingVat(), locale),
        Prices.euros(price.vat(), locale),
        Prices.euros(price.includingVat(), locale),
        t.get("enum.VatStatus." + c.getVat().name()),
        ConventionPdf.paragraphs(c.getPaymentTerms()));
  }

  /** Only the latest version, still proposed, may be accepted. */
  public boolean isAcceptable() {
    return latest && status == ConventionStatus.PROPOSED;
  }

  public long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public int getNumber() {
    return number;
  }

  public ConventionStatus getStatus() {
    return status;
  }

  public String getMadeOn() {
    return madeOn;
  }

  public String getReference() {
    return reference;
  }

  public String getSha256() {
    return sha256;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public String getAcceptedOn() {
    return acceptedOn;
  }

  public String getOrgName() {
    return orgName;
  }

  public String getOrgAddress() {
    return orgAddress;
  }

  public String getOrgNumbers() {
    return orgNumbers;
  }

  public String getEstablishment() {
    return establishment;
  }

  public String getEstablishmentAddress() {
    return establishmentAddress;
  }

  public String getAction() {
    return action;
  }

  public String getAudience() {
    return audience;
  }

  public List<String> getObjectives() {
    return objectives;
  }

  public List<String> getContent() {
    return content;
  }

  public List<String> getMeans() {
    return means;
  }

  public String getTrainers() {
    return trainers;
  }

  public List<DayLine> getDays() {
    return days;
  }

  public String getDuration() {
    return duration;
  }

  public String getPlace() {
    return place;
  }

  public int getTrainees() {
    return trainees;
  }

  public List<String> getEvaluation() {
    return evaluation;
  }

  public String getUnitPrice() {
    return unitPrice;
  }

  public int getQuantity() {
    return quantity;
  }

  public String getExcludingVat() {
    return excludingVat;
  }

  public String getVat() {
    return vat;
  }

  public String getIncludingVat() {
    return includingVat;
  }

  public String getVatMention() {
    return vatMention;
  }

  public List<String> getPaymentTerms() {
    return paymentTerms;
  }
}
