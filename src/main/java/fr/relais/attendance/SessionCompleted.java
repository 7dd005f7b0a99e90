package fr.relais.attendance;

/** Fired in the completing transaction, once no-shows and certificates are recorded. */
public record SessionCompleted(long sessionId) {}
