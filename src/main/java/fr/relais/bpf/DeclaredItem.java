package fr.relais.bpf;

/**
 * A BPF figure Relais does not hold, typed by a coordinator for the year (table bpf_declared):
 * frame C's share of turnover (a percent) and frame D's charges (whole euros). Labels live in the
 * bundle (enum.DeclaredItem.*).
 */
public enum DeclaredItem {
  TURNOVER_SHARE("C", "%"),
  CHARGES_TOTAL("D", "€"),
  CHARGES_SALARIES("D", "€"),
  CHARGES_PURCHASES("D", "€");

  private final String frame;
  private final String unit;

  DeclaredItem(String frame, String unit) {
    this.frame = frame;
    this.unit = unit;
  }

  public String frame() {
    return frame;
  }

  public String unit() {
    return unit;
  }

  /** The highest value a coordinator may type. */
  public long max() {
    return this == TURNOVER_SHARE ? 100 : 999_999_999_999L;
  }
}
