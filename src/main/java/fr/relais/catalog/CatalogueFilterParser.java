package fr.relais.catalog;

import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns query parameters into a {@link CatalogueFilter}. Lenient for pages (a nonsense value is
 * ignored, as if absent) and strict for the API (a nonsense value is an {@link
 * InvalidFilterException} naming the parameter).
 */
public final class CatalogueFilterParser {

  private final boolean strict;

  private CatalogueFilterParser(boolean strict) {
    this.strict = strict;
  }

  /** The query parameters a filter is read from, for links that keep it. */
  public static final List<String> PARAMETERS =
      List.of("format", "theme", "site", "mode", "audience", "from", "to");

  public static CatalogueFilterParser lenient() {
    return new CatalogueFilterParser(false);
  }

  public static CatalogueFilterParser strict() {
    return new CatalogueFilterParser(true);
  }

  public CatalogueFilter parse(Function<String, String> parameters) {
    LocalDate from = parse("from", parameters, LocalDate::parse);
    LocalDate to = parse("to", parameters, LocalDate::parse);
    if (from != null && to != null && to.isBefore(from)) {
      if (strict) {
        throw new InvalidFilterException("to");
      }
      to = null;
    }
    return new CatalogueFilter(
        parse("format", parameters, v -> Format.valueOf(v.toUpperCase(Locale.ROOT))),
        parse("theme", parameters, CatalogueFilterParser::id),
        parse("site", parameters, CatalogueFilterParser::id),
        parse("mode", parameters, v -> SessionMode.valueOf(v.toUpperCase(Locale.ROOT))),
        parse("audience", parameters, v -> Audience.valueOf(v.toUpperCase(Locale.ROOT))),
        from,
        to);
  }

  private <T> T parse(String name, Function<String, String> parameters, Function<String, T> how) {
    String raw = parameters.apply(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return how.apply(raw.strip());
    } catch (IllegalArgumentException | DateTimeParseException nonsense) {
      if (strict) {
        throw new InvalidFilterException(name);
      }
      return null;
    }
  }

  private static Long id(String raw) {
    long id = Long.parseLong(raw);
    if (id <= 0) {
      throw new IllegalArgumentException("not an id");
    }
    return id;
  }

  /** A query parameter that means nothing: the API answers 400 naming it. */
  public static class InvalidFilterException extends IllegalArgumentException {
    private final String parameter;

    public InvalidFilterException(String parameter) {
      super("Invalid value for parameter '" + parameter + "'");
      this.parameter = parameter;
    }

    public String getParameter() {
      return parameter;
    }
  }
}
