package fr.relais.registration;

/** The kind of seat a confirmed registration holds: a seat kept for students, or any other. */
public enum Seat {
  GENERAL,
  STUDENT
}
