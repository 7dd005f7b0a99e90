package fr.relais.help;

/**
 * Support lines listed on the help page, as seed 001 (Hospimedia's April 2020 inventory) gives
 * them. Names, hours and audiences are in the bundle under help.&lt;NAME&gt;.*; the association's
 * own line (SPS) comes first.
 */
public enum HelpLine {
  SPS("0 805 23 23 36", Scope.NATIONAL),
  MINISTRY("0 800 73 09 58", Scope.NATIONAL),
  RED_CROSS("0 800 858 858", Scope.NATIONAL),
  CNOM("0 800 288 038", Scope.NATIONAL),
  CNG("0 800 203 007", Scope.NATIONAL),
  ADMR("0 805 23 23 40", Scope.NATIONAL),
  PASTEUR("01 40 54 53 77", Scope.NATIONAL),
  FEHAP("0 800 103 045", Scope.NATIONAL),
  PSY_IDF("01 48 00 48 00", Scope.ILE_DE_FRANCE),
  APHP("01 40 25 67 11", Scope.ILE_DE_FRANCE);

  /** Where a line answers. */
  public enum Scope {
    NATIONAL,
    ILE_DE_FRANCE
  }

  private final String number;
  private final Scope scope;

  HelpLine(String number, Scope scope) {
    this.number = number;
    this.scope = scope;
  }

  /** As printed: "0 805 23 23 36". */
  public String getNumber() {
    return number;
  }

  /** For a tel: link, in international form. */
  public String getTel() {
    return "+33" + number.replace(" ", "").substring(1);
  }

  public Scope getScope() {
    return scope;
  }

  public String getKey() {
    return name();
  }
}
