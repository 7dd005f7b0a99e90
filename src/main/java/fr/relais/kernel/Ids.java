package fr.relais.kernel;

import java.util.Optional;

/** Ids as they arrive in URLs: anything but a positive number means "no such thing". */
public final class Ids {

  private Ids() {}

  public static Optional<Long> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(raw.strip());
      return id > 0 ? Optional.of(id) : Optional.empty();
    } catch (NumberFormatException nonsense) {
      return Optional.empty();
    }
  }
}
