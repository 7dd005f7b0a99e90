package fr.relais.demo;

import fr.relais.kernel.ClockProducer;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A Paris time for the demo's seeders. */
final class DemoLookups {

  private DemoLookups() {}

  static ZonedDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(hour, minute).atZone(ClockProducer.PARIS);
  }
}
