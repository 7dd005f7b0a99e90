package fr.relais.reporting;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.people.ParticipantStatus;
import fr.relais.people.Profession;
import fr.relais.people.Region;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a report covers: a period of days (Paris time, both ends included) and optional filters on
 * the sessions (site, format, theme, mode) and on the people (audience, region, profession).
 */
public record ReportFilter(
    LocalDate from,
    LocalDate to,
    Long siteId,
    Format format,
    Long themeId,
    SessionMode mode,
    ParticipantStatus audience,
    Region region,
    Profession profession) {

  public static ReportFilter year(int year) {
    return new ReportFilter(
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A year between 2000 and 2100; anything else is a 400 naming the parameter. */
  public static int parseYear(String text) {
    try {
      int year = Integer.parseInt(text == null ? "" : text.strip());
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInput(List.of(new InvalidInput.FieldError("year", "report.error.year")));
  }

  /** Refuses a period that ends before it starts, or one longer than ten years. */
  public ReportFilter checked() {
    if (from == null || to == null) {
      throw new InvalidInput(List.of(new InvalidInput.FieldError("from", "report.error.period")));
    }
    if (to.isBefore(from)) {
      throw new InvalidInput(
          List.of(new InvalidInput.FieldError("to", "report.error.endBeforeStart")));
    }
    if (to.isAfter(from.plusYears(10))) {
      throw new InvalidInput(List.of(new InvalidInput.FieldError("to", "report.error.tooLong")));
    }
    return this;
  }

  public Instant start() {
    return from.atStartOfDay(ClockProducer.PARIS).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(ClockProducer.PARIS).toInstant();
  }

  /**
   * Without region and profession, which answers do not carry (pseudonymous): the survey reports
   * ignore them, and so need no broader report without them.
   */
  public ReportFilter withoutAccountFilters() {
    return new ReportFilter(from, to, siteId, format, themeId, mode, audience, null, null);
  }

  public boolean filtersPeople() {
    return audience != null || region != null || profession != null;
  }

  /**
   * The same period with one or more of the set filters removed: the reports a narrowed report
   * could be subtracted from, 2^k − 1 for k filters set, none for an unfiltered report. Checking
   * only those with one filter fewer would not do: "site A" and "professionals" can each count the
   * same 19 respondents as "site A, professionals" (differences 0) while the year counts 21.
   * Periods are not varied (see docs/architecture.md).
   */
  public List<ReportFilter> broader() {
    Object[] narrowing = {siteId, format, themeId, mode, audience, region, profession};
    List<Integer> set = new ArrayList<>();
    for (int i = 0; i < narrowing.length; i++) {
      if (narrowing[i] != null) {
        set.add(i);
      }
    }
    List<ReportFilter> broader = new ArrayList<>();
    for (int removed = 1; removed < 1 << set.size(); removed++) {
      Object[] v = Arrays.copyOf(narrowing, narrowing.length);
      for (int b = 0; b < set.size(); b++) {
        if ((removed & 1 << b) != 0) {
          v[set.get(b)] = null;
        }
      }
      broader.add(
          new ReportFilter(
              from,
              to,
              (Long) v[0],
              (Format) v[1],
              (Long) v[2],
              (SessionMode) v[3],
              (ParticipantStatus) v[4],
              (Region) v[5],
              (Profession) v[6]));
    }
    return broader;
  }
}
