package fr.relais.quality;

/**
 * The coordinator's reading of a case: a complaint that is receivable (it asks for something due)
 * or not, a difficulty met during a training, or an incident (an unforeseen event).
 */
public enum Qualification {
  RECEIVABLE,
  NOT_RECEIVABLE,
  DIFFICULTY,
  INCIDENT
}
