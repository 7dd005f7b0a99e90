package fr.relais.establishment;

import java.time.Instant;
import java.util.List;

/**
 * Everything a convention's version says besides the organisation's identity: the reference, the
 * establishment, the action, its days, place, trainers and terms. Built from the request and the
 * proposal; the PDF and the page both read it.
 */
public record ConventionFacts(
    long requestId,
    int number,
    Instant madeAt,
    String establishment,
    String establishmentAddress,
    String action,
    String audience,
    List<ConventionDay> days,
    String place,
    String trainers,
    ConventionTerms terms) {

  public ConventionFacts {
    days = List.copyOf(days);
  }

  /** "12-2": the request's number and the version's. */
  public String reference() {
    return requestId + "-" + number;
  }

  public long minutes() {
    return days.stream().mapToLong(ConventionDay::minutes).sum();
  }

  public Prices.Price price() {
    return Prices.of(
        terms.priceCents(), terms.priceBasis(), terms.vat(), days.size(), terms.trainees());
  }
}
