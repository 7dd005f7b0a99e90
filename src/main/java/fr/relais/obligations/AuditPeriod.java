package fr.relais.obligations;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days an audit looks at, both included, in Paris time: by default the last closed calendar
 * year. At most three years (a Qualiopi cycle), never reversed.
 */
public record AuditPeriod(LocalDate from, LocalDate to) {

  public static final int MAX_DAYS = 3 * 366;

  public AuditPeriod {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("a period runs forwards: " + from + " – " + to);
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new IllegalArgumentException("a period is at most three years: " + from + " – " + to);
    }
  }

  /** The period asked for on a page or in a link; every problem named next to its field. */
  public static AuditPeriod of(LocalDate from, LocalDate to) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (from == null) {
      errors.add(new InvalidInput.FieldError("from", "binder.from.required"));
    }
    if (to == null) {
      errors.add(new InvalidInput.FieldError("to", "binder.to.required"));
    }
    if (errors.isEmpty() && to.isBefore(from)) {
      errors.add(new InvalidInput.FieldError("to", "binder.to.beforeFrom"));
    }
    if (errors.isEmpty() && from.plusDays(MAX_DAYS).isBefore(to)) {
      errors.add(new InvalidInput.FieldError("to", "binder.to.tooLong"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new AuditPeriod(from, to);
  }

  public static AuditPeriod lastClosedYear(LocalDate today) {
    int year = today.getYear() - 1;
    return new AuditPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  public Instant start() {
    return from.atStartOfDay(ClockProducer.PARIS).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(ClockProducer.PARIS).toInstant();
  }
}
