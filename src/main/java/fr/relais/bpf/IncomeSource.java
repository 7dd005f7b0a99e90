package fr.relais.bpf;

/**
 * Where an income comes from, as frame C of the BPF (cerfa 10443) lists the lines. Labels live in
 * the bundle (enum.IncomeSource.*); {@link #line()} is the form's line number.
 */
public enum IncomeSource {
  COMPANIES("1"),
  OPCO_APPRENTICESHIP("2a"),
  OPCO_PROFESSIONALISATION("2b"),
  OPCO_PRO_A("2c"),
  OPCO_TRANSITION("2d"),
  OPCO_CPF("2e"),
  OPCO_JOB_SEEKERS("2f"),
  OPCO_SELF_EMPLOYED("2g"),
  OPCO_SKILLS_PLAN("2h"),
  PUBLIC_EMPLOYERS("3"),
  EUROPE("4"),
  STATE("5"),
  REGIONS("6"),
  FRANCE_TRAVAIL("7"),
  OTHER_PUBLIC("8"),
  INDIVIDUALS("9"),
  TRAINING_ORGANISATIONS("10"),
  OTHER("11");

  private final String line;

  IncomeSource(String line) {
    this.line = line;
  }

  public String line() {
    return line;
  }
}
