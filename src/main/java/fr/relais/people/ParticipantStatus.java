package fr.relais.people;

/** A participant is a working professional or a student in a health course. */
public enum ParticipantStatus {
  PROFESSIONAL,
  STUDENT
}
