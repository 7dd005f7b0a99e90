package fr.relais.registration;

/** Where a registration stands. */
public enum RegistrationStatus {
  CONFIRMED,
  WAITLISTED,
  CANCELLED
}
