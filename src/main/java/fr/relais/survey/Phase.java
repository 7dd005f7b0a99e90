package fr.relais.survey;

/** When a campaign asks: right after a session, weeks after it, before a programme, after it. */
public enum Phase {
  HOT(SurveyKind.SATISFACTION),
  COLD(SurveyKind.SATISFACTION),
  BEFORE(SurveyKind.WELLBEING),
  AFTER(SurveyKind.WELLBEING);

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
