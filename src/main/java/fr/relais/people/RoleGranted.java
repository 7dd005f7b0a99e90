package fr.relais.people;

/**
 * An account was given a role, in the transaction that gives it: features that keep something per
 * role (the trainers' profiles) observe it, so people needs to know none of them.
 */
public record RoleGranted(Account account, Role role) {}
