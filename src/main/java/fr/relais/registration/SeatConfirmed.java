package fr.relais.registration;

/** Fired in the transaction that gives someone a seat (registering, or promoted from the list). */
public record SeatConfirmed(long registrationId, long sessionId, long accountId) {}
