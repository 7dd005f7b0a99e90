package fr.relais.notification;

import fr.relais.kernel.i18n.Language;

/** Whom a mail goes to and in which language it is written: all the outbox needs of a person. */
public record Recipient(String address, Language language) {}
