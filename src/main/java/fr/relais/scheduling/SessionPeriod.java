package fr.relais.scheduling;

/**
 * Which sessions a list shows: those not over yet (soonest first), or those over (latest first).
 */
public enum SessionPeriod {
  UPCOMING,
  PAST
}
