package fr.relais.kernel.i18n;

import fr.relais.kernel.ClockProducer;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as people in France write them, always in Europe/Paris: "mardi 2 décembre 2025",
 * "18 h 30" (with no-break spaces). English keeps the 24-hour clock so that both read the same
 * schedule.
 */
public final class DateFormats {

  private final DateTimeFormatter day;
  private final DateTimeFormatter shortDay;
  private final DateTimeFormatter time;
  private final Language language;

  public DateFormats(Locale locale) {
    this.language = Language.of(locale);
    Locale l = language.locale();
    if (language == Language.FR) {
      day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", l);
      shortDay = DateTimeFormatter.ofPattern("EEE d MMM", l);
      // No-break spaces: "16 h 00" never breaks into "16 h" and "00" on a narrow screen.
      time = DateTimeFormatter.ofPattern("H'\u00a0h\u00a0'mm", l);
    } else {
      day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", l);
      shortDay = DateTimeFormatter.ofPattern("EEE d MMM", l);
      time = DateTimeFormatter.ofPattern("HH:mm", l);
    }
  }

  public String day(Instant instant) {
    return instant == null ? "" : day.format(paris(instant));
  }

  public String shortDay(Instant instant) {
    return instant == null ? "" : shortDay.format(paris(instant));
  }

  public String time(Instant instant) {
    return instant == null ? "" : time.format(paris(instant));
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : day(instant) + ", " + time(instant);
  }

  /** "mardi 2 décembre 2025, 18 h 00 – 19 h 30", or both full dates when days differ. */
  public String range(Instant start, Instant end) {
    if (start == null || end == null) {
      return dateTime(start);
    }
    if (paris(start).toLocalDate().equals(paris(end).toLocalDate())) {
      return day(start) + ", " + time(start) + " – " + time(end);
    }
    return dateTime(start) + " – " + dateTime(end);
  }

  private static ZonedDateTime paris(Instant instant) {
    return instant.atZone(ClockProducer.PARIS);
  }
}
