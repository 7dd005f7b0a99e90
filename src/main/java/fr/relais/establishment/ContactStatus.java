package fr.relais.establishment;

/**
 * Where a person acting for an establishment stands. From the public form: their address first
 * (EMAIL_PENDING), then a coordinator's check (REVIEW_PENDING); only ACTIVE contacts see anything.
 */
public enum ContactStatus {
  EMAIL_PENDING,
  REVIEW_PENDING,
  ACTIVE,
  REFUSED
}
