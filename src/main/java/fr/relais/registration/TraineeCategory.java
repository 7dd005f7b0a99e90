package fr.relais.registration;

/**
 * What kind of trainee a registration is, as frame F-1 of the BPF lists them. Labels live in the
 * bundle (enum.TraineeCategory.*).
 */
public enum TraineeCategory {
  /** F-1 a: employees of private employers (not apprentices). */
  PRIVATE_EMPLOYEE("F-1 a"),
  /** F-1 b. */
  APPRENTICE("F-1 b"),
  /** F-1 c: job seekers. */
  JOB_SEEKER("F-1 c"),
  /** F-1 d: individuals paying for themselves. */
  INDIVIDUAL("F-1 d"),
  /** F-1 e: every other trainee (public agents, self-employed, students, volunteers). */
  OTHER("F-1 e");

  private final String line;

  TraineeCategory(String line) {
    this.line = line;
  }

  public String line() {
    return line;
  }
}
