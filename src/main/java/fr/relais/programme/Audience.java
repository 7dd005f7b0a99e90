package fr.relais.programme;

import fr.relais.people.ParticipantStatus;

/** Who an activity is meant for. */
public enum Audience {
  PROFESSIONALS,
  STUDENTS,
  ALL;

  public boolean admits(ParticipantStatus status) {
    return this == ALL
        || (this == PROFESSIONALS && status == ParticipantStatus.PROFESSIONAL)
        || (this == STUDENTS && status == ParticipantStatus.STUDENT);
  }
}
