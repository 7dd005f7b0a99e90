package fr.relais.establishment;

/** A convention's version: proposed, accepted (frozen), replaced by a later one, or withdrawn. */
public enum ConventionStatus {
  PROPOSED,
  ACCEPTED,
  SUPERSEDED,
  WITHDRAWN
}
