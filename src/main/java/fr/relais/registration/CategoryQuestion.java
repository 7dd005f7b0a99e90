package fr.relais.registration;

import fr.relais.people.ParticipantStatus;
import fr.relais.scheduling.Session;
import fr.relais.site.Sector;
import java.util.Optional;

/**
 * Whether registering for a session asks "who pays for your training": only for a training action,
 * and only when {@link TraineeCategoryRule} cannot tell. Prevention activities never ask.
 */
public final class CategoryQuestion {

  private CategoryQuestion() {}

  public static boolean asked(boolean trainingAction, ParticipantStatus status, Sector bookedBy) {
    return trainingAction && TraineeCategoryRule.derive(status, bookedBy).isEmpty();
  }

  /**
   * A session booked by an establishment never asks its staff: their employer pays, and when its
   * sector is not known yet the coordinator sets it on the site (the BPF warns meanwhile).
   */
  public static boolean asked(Session session, ParticipantStatus status) {
    return session.getReservedFor() == null
        && asked(session.getActivity().isTrainingAction(), status, null);
  }

  /** What Relais tells by itself for this session and person (empty for prevention). */
  public static Optional<TraineeCategory> derived(Session session, ParticipantStatus status) {
    return session.getActivity().isTrainingAction()
        ? TraineeCategoryRule.derive(status, bookedBy(session))
        : Optional.empty();
  }

  /** The sector of the establishment the session is reserved for, if any. */
  static Sector bookedBy(Session session) {
    return session.getReservedFor() == null ? null : session.getReservedFor().getSector();
  }
}
