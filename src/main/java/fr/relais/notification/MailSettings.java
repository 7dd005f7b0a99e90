package fr.relais.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server and sender, from configuration (RELAIS_MAIL_HOST, RELAIS_MAIL_PORT…). */
@Named
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "relais.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "relais.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "relais.mail.from", defaultValue = "Relais <ne-pas-repondre@relais.test>")
  String from;

  @Inject
  @ConfigProperty(name = "relais.mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "relais.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "relais.mail.starttls", defaultValue = "false")
  boolean starttls;

  /** First wait before retrying a mail the server refused; doubles each time, up to 15 min. */
  @Inject
  @ConfigProperty(name = "relais.mail.retrySeconds", defaultValue = "60")
  int retrySeconds;

  /** The address people use in links of mails (the public URL of this Relais). */
  @Inject
  @ConfigProperty(name = "relais.publicUrl", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Whom participants write to, e.g. to cancel after the deadline. */
  @Inject
  @ConfigProperty(name = "relais.contactEmail", defaultValue = "contact@relais.test")
  String contactEmail;

  public Properties smtp() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.connectiontimeout", "5000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.writetimeout", "10000");
    p.put("mail.smtp.auth", String.valueOf(!user().isBlank()));
    p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    return p;
  }

  public Duration retryAfter(int attempts) {
    long seconds = (long) retrySeconds << Math.min(Math.max(attempts - 1, 0), 10);
    return Duration.ofSeconds(Math.min(seconds, 900));
  }

  public String from() {
    return from;
  }

  public String user() {
    return user.orElse("");
  }

  public String password() {
    return password.orElse("");
  }

  public String publicUrl() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  public String contactEmail() {
    return contactEmail;
  }

  /** For pages: whom to write to. */
  public String getContactEmail() {
    return contactEmail;
  }
}
