package fr.relais.registration;

/** Where a registration's trainee category comes from. */
public enum CategorySource {
  /** Worked out from the convention, the profile or the fee. */
  DERIVED,
  /** Said by the participant when registering. */
  DECLARED,
  /** Set by a coordinator checking the year's figures. */
  CORRECTED
}
