package fr.relais.quality;

/** One line of a case's history. */
public enum CaseStep {
  SUBMITTED,
  QUALIFIED,
  ANSWERED,
  ACTION,
  MESSAGE,
  CLOSED
}
