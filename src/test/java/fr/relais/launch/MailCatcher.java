package fr.relais.launch;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.Closeable;
import java.util.List;

/**
 * A real SMTP server (GreenMail) that keeps every mail it receives: the demo's and the tests' mail
 * server, so nothing ever leaves the machine.
 */
public final class MailCatcher implements Closeable {

  private final int port;
  private GreenMail server;

  private MailCatcher(int port) {
    this.port = port;
  }

  public static MailCatcher start(int port) {
    MailCatcher catcher = new MailCatcher(port);
    catcher.start();
    return catcher;
  }

  /** (Re)starts the server on its port, e.g. after a test stopped it to play an outage. */
  public synchronized void start() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  public int port() {
    return port;
  }

  /** Every mail received since the server last started. */
  public synchronized List<MimeMessage> received() {
    return server == null ? List.of() : List.of(server.getReceivedMessages());
  }

  @Override
  public void close() {
    stop();
  }
}
