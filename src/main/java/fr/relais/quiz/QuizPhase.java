package fr.relais.quiz;

/** When a participant answers the quiz: before the session (positioning) or after it. */
public enum QuizPhase {
  BEFORE,
  AFTER
}
