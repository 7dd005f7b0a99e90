package fr.relais.registration;

import fr.relais.people.ParticipantStatus;
import fr.relais.site.Sector;
import java.util.Optional;

/**
 * The BPF trainee category Relais can tell by itself (frame F-1). Staff sent by an establishment
 * are its employees: a private employer's (line a) or public agents (line e, "autres stagiaires");
 * students in initial training are "autres stagiaires" too. Anyone else must say who pays.
 */
public final class TraineeCategoryRule {

  private TraineeCategoryRule() {}

  /**
   * @param status the participant's profile status, or null when unknown
   * @param bookedBy the sector of the establishment that booked the session for its staff, or null
   *     when the session is open to all (or the establishment's sector is not known yet)
   */
  public static Optional<TraineeCategory> derive(ParticipantStatus status, Sector bookedBy) {
    if (bookedBy != null) {
      return Optional.of(
          bookedBy == Sector.PRIVATE ? TraineeCategory.PRIVATE_EMPLOYEE : TraineeCategory.OTHER);
    }
    if (status == ParticipantStatus.STUDENT) {
      return Optional.of(TraineeCategory.OTHER);
    }
    return Optional.empty();
  }
}
