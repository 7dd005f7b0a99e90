package fr.relais.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A mail whose Message-ID is its outbox row's ({@link MessageIds}), not a new one per sending, and
 * which can record itself as sent once its content is written and before the transport ends the
 * DATA with its final line: an SMTP server keeps nothing of a DATA cut before that line.
 */
final class OutboxMessage extends MimeMessage {

  private final String messageId;
  private Runnable whenWritten;

  OutboxMessage(Session session, String messageId) {
    super(session);
    this.messageId = messageId;
  }

  /**
   * Runs {@code step} once, after the next complete writing of this mail; if it throws, the writing
   * fails with an {@link IOException}, on which the transport drops the connection without the
   * final line.
   */
  void whenWritten(Runnable step) {
    this.whenWritten = step;
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }

  @Override
  public void writeTo(OutputStream out, String[] ignoreList)
      throws IOException, MessagingException {
    super.writeTo(out, ignoreList);
    Runnable step = whenWritten;
    whenWritten = null;
    if (step != null) {
      try {
        step.run();
      } catch (RuntimeException e) {
        throw new IOException("not recorded as sent, so not sent", e);
      }
    }
  }
}
