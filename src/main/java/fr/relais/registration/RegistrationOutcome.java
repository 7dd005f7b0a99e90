package fr.relais.registration;

/** What registering gave: the registration, whether it is new, and its place in the waitlist. */
public record RegistrationOutcome(
    Registration registration, boolean created, int waitlistPosition) {}
