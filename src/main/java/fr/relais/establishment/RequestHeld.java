package fr.relais.establishment;

/** Fired in the moving transaction when a request becomes HELD, by whichever side. */
public record RequestHeld(long requestId) {}
