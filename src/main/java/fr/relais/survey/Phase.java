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
  CLIENT(SurveyKind.SATISFACTION),
  /** The trainer's own opinion, once a session they led is completed (issue 17, indicator 30). */
  TRAINER(SurveyKind.SATISFACTION);

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
