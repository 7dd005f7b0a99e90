package fr.relais.programme;

/** The kinds of offer in the programme. */
public enum Format {
  /** A workshop day on site in a hospital, clinic or nursing home. */
  JADES,
  /** A videoconference workshop, twice a week. */
  EJADES,
  TRAINING,
  TALK_GROUP,
  CONFERENCE
}
