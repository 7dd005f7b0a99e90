package fr.relais.bpf;

import java.io.Serializable;
import java.util.List;

/**
 * A kind of data to settle before filing the BPF, with the items concerned: each links to where it
 * is fixed (a page's path within the application), or is a registration whose category a
 * coordinator corrects on the BPF page itself. Labels: bundle keys bpf.warning.&lt;kind&gt;.
 */
public record BpfWarning(Kind kind, List<Item> items) implements Serializable {

  public enum Kind {
    SESSION_WITHOUT_HOURS,
    SESSION_WITHOUT_TRAINER,
    ACTIVITY_WITHOUT_OBJECTIVE,
    ACTIVITY_WITHOUT_SPECIALITY,
    REGISTRATION_WITHOUT_CATEGORY,
    SESSION_WITHOUT_ATTENDANCE,
    INCOME_WITHOUT_SOURCE,
    CONVENTION_WITHOUT_SECTOR
  }

  /** An item: what it is, where it is fixed, and the registration it is (category only). */
  public record Item(String label, String path, Long registrationId) implements Serializable {}

  public String getKey() {
    return "bpf.warning." + kind.name();
  }
}
