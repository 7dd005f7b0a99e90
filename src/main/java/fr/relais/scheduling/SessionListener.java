package fr.relais.scheduling;

/**
 * What other features do when a session changes, inside the same transaction (registration keeps
 * seats and waitlists in step). Implementations are CDI beans; scheduling does not know them.
 */
public interface SessionListener {

  /** Before a change of seats is written: refuse it (throw) if it cannot hold who is in. */
  default void seatsChanging(Session session, int newCapacity, int newStudentSeats) {}

  /** After the change is written: seats may have freed up. */
  default void seatsChanged(Session session) {}

  /** The session was cancelled by the association. */
  default void cancelled(Session session, String reason) {}
}
