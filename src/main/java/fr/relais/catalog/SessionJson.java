package fr.relais.catalog;

import fr.relais.kernel.ClockProducer;
import java.time.OffsetDateTime;

/** A session as the public API shows it; times carry their Europe/Paris offset. */
public record SessionJson(
    long id,
    String title,
    String format,
    String theme,
    OffsetDateTime start,
    OffsetDateTime end,
    String mode,
    Place site,
    int capacity,
    int seatsLeft,
    String audience,
    String reservedFor) {

  /** Where an on-site or hybrid session takes place; null for online sessions. */
  public record Place(String name, String city) {}

  static SessionJson of(CatalogueEntry e) {
    return new SessionJson(
        e.id(),
        e.title(),
        e.format().name(),
        e.themeFr(),
        e.start().atZone(ClockProducer.PARIS).toOffsetDateTime(),
        e.end().atZone(ClockProducer.PARIS).toOffsetDateTime(),
        e.mode().name(),
        e.hasPlace() ? new Place(e.siteName(), e.siteCity()) : null,
        e.capacity(),
        e.seatsLeft(),
        e.audience().name(),
        e.reservedFor());
  }
}
