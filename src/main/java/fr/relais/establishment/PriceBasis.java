package fr.relais.establishment;

/** How a convention's price is counted. */
public enum PriceBasis {
  PER_DAY,
  PER_PERSON
}
