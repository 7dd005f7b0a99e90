package fr.relais.kernel.web;

import fr.relais.kernel.i18n.DateFormats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;

/** Date and time formatting for pages: #{formats.range(s.start, s.end)}. */
@Named
@RequestScoped
public class Formats {

  private DateFormats dates;

  private DateFormats dates() {
    if (dates == null) {
      dates = new DateFormats(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return dates;
  }

  public String day(Instant instant) {
    return dates().day(instant);
  }

  public String shortDay(Instant instant) {
    return dates().shortDay(instant);
  }

  public String time(Instant instant) {
    return dates().time(instant);
  }

  public String dateTime(Instant instant) {
    return dates().dateTime(instant);
  }

  /** A calendar day: "mardi 2 décembre 2025". */
  public String dayOf(java.time.LocalDate day) {
    return day == null
        ? ""
        : dates().day(day.atStartOfDay(fr.relais.kernel.ClockProducer.PARIS).toInstant());
  }

  public String range(Instant start, Instant end) {
    return dates().range(start, end);
  }
}
