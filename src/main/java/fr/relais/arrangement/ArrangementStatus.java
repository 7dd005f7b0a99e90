package fr.relais.arrangement;

/** Where an arrangement request stands. Labels: enum.ArrangementStatus.*. */
public enum ArrangementStatus {
  /** Asked, not yet handled by the disability referent. */
  OPEN,
  /** Handled: what was arranged is in the note. */
  HANDLED,
  /** Withdrawn by the participant (its text is gone). */
  WITHDRAWN
}
