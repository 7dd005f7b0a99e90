package fr.relais.registration;

/**
 * A person registering asked for an arrangement (Qualiopi indicator 26), fired in the registering
 * transaction with the managed registration: the arrangement feature stores the request and tells
 * the referent, and a refusal there undoes the registration.
 */
public record ArrangementAsked(Registration registration, String need) {}
