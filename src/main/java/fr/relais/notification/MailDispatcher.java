package fr.relais.notification;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Sends the outbox: right after a transaction that queued mails commits, and every few seconds for
 * retries. A failure reschedules the mail with a growing delay; nothing is lost.
 */
@ApplicationScoped
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
  private static final int BATCH = 50;

  @Inject private OutboxService outbox;
  @Inject private MailSettings settings;
  @Inject private Clock clock;

  private volatile ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailService.Queued queued) {
    kick();
  }

  /** Starts a sweep in the background, or asks the running one to look again. */
  public void kick() {
    again.set(true);
    ManagedExecutorService executor = executor();
    if (executor == null) {
      return; // Too early in start-up for the executor: the timer sends them shortly.
    }
    if (running.compareAndSet(false, true)) {
      try {
        executor.submit(this::drain);
      } catch (RuntimeException rejected) {
        running.set(false);
      }
    }
  }

  /**
   * The server's default executor, looked up on first use: field injection left it null in this
   * application-scoped bean, and at start-up the name is not bound yet.
   */
  private ManagedExecutorService executor() {
    if (executor == null) {
      try {
        executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
      } catch (NamingException notYet) {
        return null;
      }
    }
    return executor;
  }

  /**
   * Sends what is due in the calling thread (the retry timer), unless a sweep is running; returns
   * how many went out. A failure (the database gone) is thrown to the timer, which retries.
   */
  public int sweepNow() {
    if (running.compareAndSet(false, true)) {
      again.set(true);
      return drainHeld();
    }
    return 0;
  }

  private void drain() {
    try {
      drainHeld();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail sweep failed; the timer will try again", e);
    }
  }

  /** Sweeps while asked to; the caller holds {@code running}, released here. */
  private int drainHeld() {
    try {
      int sent = 0;
      while (again.getAndSet(false)) {
        sent += sweep();
      }
      return sent;
    } finally {
      running.set(false);
    }
  }

  /**
   * Sends every due mail; returns how many went out. One SMTP connection per batch. Each mail is
   * marked sent when its content is written and before the final line of its DATA, which is what
   * makes the server take it: an instance that dies before that line leaves a mail the server
   * dropped and the lease brings back, one that dies after it leaves a mail sent and marked. Only
   * the instant between the commit and that line is in doubt (the mail is lost), where marking
   * after the server's "250" sent it twice whenever an instance died waiting for that answer.
   */
  public int sweep() {
    int sent = 0;
    List<OutboxService.Due> due;
    do {
      due = outbox.claim(BATCH);
      if (due.isEmpty()) {
        break;
      }
      jakarta.mail.Session mail = session();
      Transport transport = null;
      try {
        for (OutboxService.Due d : due) {
          try {
            if (transport == null) {
              transport = connected(mail);
            }
            OutboxMessage message = message(mail, d);
            message.saveChanges();
            message.whenWritten(() -> outbox.sent(d.id(), d.attempts() + 1));
            transport.sendMessage(message, message.getAllRecipients());
            sent++;
          } catch (MessagingException | RuntimeException e) {
            LOG.log(
                Level.WARNING,
                "Mail {0} not sent (attempt {1}): {2}",
                new Object[] {d.id(), d.attempts() + 1, e.getMessage()});
            outbox.failed( // also when marked sent and the server then refused the mail
                d.id(),
                d.attempts() + 1,
                e.getMessage(),
                clock.instant().plus(settings.retryAfter(d.attempts() + 1)));
            close(transport); // the next mail starts a new connection
            transport = null;
          }
        }
      } finally {
        close(transport);
      }
    } while (due.size() == BATCH);
    return sent;
  }

  private static Transport connected(jakarta.mail.Session mail) throws MessagingException {
    Transport transport = mail.getTransport("smtp");
    transport.connect();
    return transport;
  }

  private static void close(Transport transport) {
    if (transport == null) {
      return;
    }
    try {
      transport.close();
    } catch (MessagingException alreadyGone) {
      LOG.log(Level.FINE, "SMTP connection closed uneasily", alreadyGone);
    }
  }

  private jakarta.mail.Session session() {
    if (settings.user().isBlank()) {
      return jakarta.mail.Session.getInstance(settings.smtp());
    }
    return jakarta.mail.Session.getInstance(
        settings.smtp(),
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(settings.user(), settings.password());
          }
        });
  }

  private OutboxMessage message(jakarta.mail.Session session, OutboxService.Due d)
      throws MessagingException {
    OutboxMessage message =
        new OutboxMessage(session, MessageIds.of(d.id(), d.created(), settings.from()));
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(d.recipient()));
    message.setSubject(d.subject(), "UTF-8");
    if (d.ics() == null) {
      message.setText(d.body(), "UTF-8");
      return message;
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(d.body(), "UTF-8");
    MimeBodyPart calendar = new MimeBodyPart();
    calendar.setContent(d.ics(), "text/calendar; charset=UTF-8; method=" + d.method());
    calendar.setFileName("invitation.ics");
    message.setContent(new MimeMultipart(text, calendar));
    return message;
  }
}
