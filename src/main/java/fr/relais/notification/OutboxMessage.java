package fr.relais.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A mail whose Message-ID is its outbox row's ({@link MessageIds}), not a new one per sending. */
final class OutboxMessage extends MimeMessage {

  private final String messageId;

  OutboxMessage(Session session, String messageId) {
    super(session);
    this.messageId = messageId;
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }
}
