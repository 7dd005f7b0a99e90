package fr.relais.reporting;

import fr.relais.people.ParticipantStatus;
import fr.relais.people.Profession;
import fr.relais.people.Region;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a report filter from request parameters (the dashboards' GET form, exports' links): a wrong
 * value is reported against its field, never thrown. Without dates, the current year.
 */
public final class ReportFilterForm {

  private final Map<String, String> errors = new LinkedHashMap<>();
  private final ReportFilter filter;

  private ReportFilterForm(Function<String, String> parameter, LocalDate today) {
    LocalDate from = date(parameter, "from");
    LocalDate to = date(parameter, "to");
    String year = blankToNull(parameter.apply("year"));
    if (year != null && from == null && to == null) {
      try {
        int y = ReportFilter.parseYear(year);
        from = LocalDate.of(y, 1, 1);
        to = LocalDate.of(y, 12, 31);
      } catch (RuntimeException e) {
        errors.put("year", "report.error.year");
      }
    }
    if (from == null && !errors.containsKey("from")) {
      from = LocalDate.of(today.getYear(), 1, 1);
    }
    if (to == null && !errors.containsKey("to")) {
      to = LocalDate.of(today.getYear(), 12, 31);
    }
    if (from != null && to != null && to.isBefore(from)) {
      errors.put("to", "report.error.endBeforeStart");
    }
    filter =
        new ReportFilter(
            from,
            to,
            id(parameter, "site"),
            value(parameter, "format", Format.class),
            id(parameter, "theme"),
            value(parameter, "mode", SessionMode.class),
            value(parameter, "audience", ParticipantStatus.class),
            value(parameter, "region", Region.class),
            value(parameter, "profession", Profession.class));
  }

  public static ReportFilterForm read(Function<String, String> parameter, LocalDate today) {
    return new ReportFilterForm(parameter, today);
  }

  public ReportFilter filter() {
    return filter;
  }

  /** Bundle keys of the messages by field name; empty when the filter can be used. */
  public Map<String, String> errors() {
    return errors;
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  /** The filter as query parameters, for export links and the annual report. */
  public static String query(ReportFilter f) {
    StringBuilder q = new StringBuilder();
    append(q, "from", f.from());
    append(q, "to", f.to());
    append(q, "site", f.siteId());
    append(q, "format", f.format());
    append(q, "theme", f.themeId());
    append(q, "mode", f.mode());
    append(q, "audience", f.audience());
    append(q, "region", f.region());
    append(q, "profession", f.profession());
    return q.toString();
  }

  private static void append(StringBuilder q, String name, Object value) {
    if (value != null) {
      q.append(q.length() == 0 ? "" : "&").append(name).append('=').append(value);
    }
  }

  private LocalDate date(Function<String, String> parameter, String name) {
    String text = blankToNull(parameter.apply(name));
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.put(name, "report.error.date");
      return null;
    }
  }

  private Long id(Function<String, String> parameter, String name) {
    String text = blankToNull(parameter.apply(name));
    if (text == null) {
      return null;
    }
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      errors.put(name, "report.error.choice");
      return null;
    }
  }

  private <E extends Enum<E>> E value(
      Function<String, String> parameter, String name, Class<E> type) {
    String text = blankToNull(parameter.apply(name));
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      errors.put(name, "report.error.choice");
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
