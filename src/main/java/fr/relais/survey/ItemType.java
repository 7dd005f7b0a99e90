package fr.relais.survey;

/** What an item asks for, and so how it is shown and checked. */
public enum ItemType {
  /** One point of a labelled scale (agreement, frequency). */
  LIKERT,
  SINGLE,
  MULTIPLE,
  /** 0 to 10. */
  RATING,
  NUMBER,
  TEXT;

  public boolean hasChoices() {
    return this == LIKERT || this == SINGLE || this == MULTIPLE;
  }
}
