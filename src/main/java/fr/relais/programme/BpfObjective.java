package fr.relais.programme;

/**
 * The general objective of a training action, as frame F-3 of the BPF (cerfa 10443) lists it.
 * Labels live in the bundle (enum.BpfObjective.*); {@link #line()} is the form's line.
 */
public enum BpfObjective {
  RNCP_6_8("F-3 a"),
  RNCP_5("F-3 a"),
  RNCP_4("F-3 a"),
  RNCP_3("F-3 a"),
  RNCP_2("F-3 a"),
  CQP_NO_LEVEL("F-3 a"),
  RS("F-3 b"),
  CQP_UNREGISTERED("F-3 c"),
  OTHER_PROFESSIONAL("F-3 d"),
  SKILLS_ASSESSMENT("F-3 e"),
  VAE("F-3 f");

  private final String line;

  BpfObjective(String line) {
    this.line = line;
  }

  public String line() {
    return line;
  }
}
