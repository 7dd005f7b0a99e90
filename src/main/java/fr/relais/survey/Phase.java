package fr.relais.survey;

/**
 * When a campaign asks: right after a session, weeks after it, before a programme, after it, or the
 * establishment that booked the day, once it is held.
 */
public enum Phase {
  HOT(SurveyKind.SATISFACTION),
  COLD(SurveyKind.SATISFACTION),
  BEFORE(SurveyKind.WELLBEING),
  AFTER(SurveyKind.WELLBEING),
  /** The establishment's opinion, once its request is held (issue 16): asked of its contacts. */
  CLIENT(SurveyKind.SATISFACTION);

  private final SurveyKind kind;

  Phase(SurveyKind kind) {
    this.kind = kind;
  }

  /** The kind of questionnaire this phase sends. */
  public SurveyKind kind() {
    return kind;
  }

  /** Cold and after surveys wait some weeks. */
  public boolean waits() {
    return this == COLD || this == AFTER;
  }
}
