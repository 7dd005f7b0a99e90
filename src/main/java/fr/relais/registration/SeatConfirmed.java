package fr.relais.registration;

/**
 * Fired in the transaction that gives someone a seat (registering, or promoted from the list).
 * {@code maybeStaff} is false when the session is known not to be an establishment's day (read with
 * the locked row), so that observers about staff lists can skip their statement.
 */
public record SeatConfirmed(
    long registrationId, long sessionId, long accountId, boolean maybeStaff) {

  /** When it is not known whether the session is an establishment's day. */
  public SeatConfirmed(long registrationId, long sessionId, long accountId) {
    this(registrationId, sessionId, accountId, true);
  }
}
