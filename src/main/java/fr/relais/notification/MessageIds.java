package fr.relais.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;

/**
 * The Message-ID of an outbox mail, the same at every attempt. When the server's answer to a mail
 * is lost (the connection breaks after the final line), the outbox cannot know it was taken and
 * sends it again; with one Message-ID, a mailbox or relay that suppresses duplicates keeps one.
 */
final class MessageIds {

  private MessageIds() {}

  /** {@code <outbox.ID.CREATED@DOMAIN>}: the row, when it was queued, the sender's domain. */
  static String of(long outboxId, Instant created, String from) {
    String address;
    try {
      address = new InternetAddress(from).getAddress();
    } catch (AddressException unreadable) {
      address = "";
    }
    int at = address.lastIndexOf('@');
    String domain =
        at < 0 || at == address.length() - 1 ? "relais.invalid" : address.substring(at + 1);
    return "<outbox." + outboxId + "." + created.toEpochMilli() + "@" + domain + ">";
  }
}
