package fr.relais.establishment;

/**
 * Whether VAT applies. Training by a declared training organisation is usually exempt (CGI, art.
 * 261-4-4°); STANDARD adds 20 %.
 */
public enum VatStatus {
  EXEMPT,
  STANDARD;

  /** The rate in percent. */
  public int ratePercent() {
    return this == STANDARD ? 20 : 0;
  }
}
