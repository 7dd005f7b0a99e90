package fr.relais.scheduling;

/** Draft → published → completed, or cancelled. Only published sessions are public. */
public enum SessionStatus {
  DRAFT,
  PUBLISHED,
  CANCELLED,
  COMPLETED
}
