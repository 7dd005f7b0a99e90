package fr.relais.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The mail records itself as sent between its content and the final line of the DATA, through the
 * real SMTP transport talking to a scripted server that notes what it had when that line came.
 */
class OutboxMessageTest {

  private final AtomicInteger marked = new AtomicInteger();

  @Test
  void itIsMarkedOnceBeforeTheServerGetsTheLineThatMakesItTakeTheMail() throws Exception {
    try (Scripted server = new Scripted("250 2.0.0 queued")) {
      send(server, marked::incrementAndGet);
      Scripted.Seen seen = server.seen();
      assertTrue(seen.dot(), "the DATA was ended");
      assertEquals(1, seen.markedAtDot(), "marked before the final line reached the server");
      assertTrue(seen.data().contains("Message-ID: <outbox.1.0@relais.test>"), seen.data());
      assertEquals(1, marked.get(), "once");
    }
  }

  @Test
  void whenMarkingFailsTheServerNeverGetsTheFinalLine() throws Exception {
    try (Scripted server = new Scripted("250 2.0.0 queued")) {
      assertThrows(
          MessagingException.class,
          () ->
              send(
                  server,
                  () -> {
                    throw new IllegalStateException("database gone");
                  }));
      Scripted.Seen seen = server.seen();
      assertFalse(seen.dot(), "a DATA without its final line is dropped by the server");
      assertTrue(seen.began(), "the DATA had begun");
    }
  }

  @Test
  void aMailRefusedAfterBeingMarkedFailsSoTheDispatcherPutsItBack() throws Exception {
    try (Scripted server = new Scripted("451 4.3.0 try again later")) {
      assertThrows(MessagingException.class, () -> send(server, marked::incrementAndGet));
      assertTrue(server.seen().dot());
      assertEquals(1, marked.get(), "marked, then refused: MailDispatcher calls failed()");
    }
  }

  private void send(Scripted server, Runnable step) throws MessagingException {
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", "127.0.0.1");
    smtp.put("mail.smtp.port", String.valueOf(server.port()));
    smtp.put("mail.smtp.connectiontimeout", "5000");
    smtp.put("mail.smtp.timeout", "5000");
    Session session = Session.getInstance(smtp);
    OutboxMessage message = new OutboxMessage(session, "<outbox.1.0@relais.test>");
    message.setFrom(new InternetAddress("ne-pas-repondre@relais.test"));
    message.setRecipients(jakarta.mail.Message.RecipientType.TO, "camille@relais.test");
    message.setSubject("Inscription confirmée", "UTF-8");
    message.setText("Bonjour,\nvotre inscription est confirmée.", "UTF-8");
    message.saveChanges();
    message.whenWritten(step);
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      transport.sendMessage(message, message.getAllRecipients());
    }
  }

  /** One SMTP conversation: answers 250 to all but the end of DATA, which gets {@code atDot}. */
  private final class Scripted implements AutoCloseable {

    record Seen(boolean began, String data, boolean dot, int markedAtDot) {}

    private final ServerSocket socket = new ServerSocket(0);
    private final CompletableFuture<Seen> seen;

    Scripted(String atDot) throws IOException {
      seen = CompletableFuture.supplyAsync(() -> converse(atDot));
    }

    int port() {
      return socket.getLocalPort();
    }

    Seen seen() throws Exception {
      return seen.get(10, TimeUnit.SECONDS);
    }

    private Seen converse(String atDot) {
      List<String> data = new ArrayList<>();
      boolean inData = false;
      boolean began = false;
      try (Socket client = socket.accept()) {
        client.setSoTimeout(5000);
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
        out.print("220 scripted\r\n");
        out.flush();
        Seen ended = null;
        String line;
        while ((line = in.readLine()) != null) {
          if (inData) {
            if (line.equals(".")) {
              ended = new Seen(true, String.join("\n", data), true, marked.get());
              inData = false;
              out.print(atDot + "\r\n");
              out.flush();
            } else {
              data.add(line);
            }
            continue;
          }
          if (line.startsWith("DATA")) {
            inData = true;
            began = true;
            out.print("354 go on\r\n");
          } else if (line.startsWith("QUIT")) {
            out.print("221 bye\r\n");
            out.flush();
            break;
          } else {
            out.print("250 scripted\r\n");
          }
          out.flush();
        }
        return ended != null
            ? ended
            : new Seen(began, String.join("\n", data), false, marked.get());
      } catch (IOException e) {
        return new Seen(began, String.join("\n", data), false, marked.get());
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
