package fr.relais.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long Relais keeps what (MicroProfile Config, e.g. RELAIS_RETENTION_INACTIVE_YEARS): an
 * account unused for {@code relais.retention.inactive-years} is erased; the names on sign-in sheets
 * stay {@code relais.retention.sheet-years} after the session, the time the association's funders
 * may ask for them; sent mails stay {@code relais.retention.sent-mail-months}.
 */
@ApplicationScoped
public class RetentionSettings {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject
  @ConfigProperty(name = "relais.retention.inactive-years", defaultValue = "3")
  int inactiveYears;

  @Inject
  @ConfigProperty(name = "relais.retention.sheet-years", defaultValue = "5")
  int sheetYears;

  @Inject
  @ConfigProperty(name = "relais.retention.sent-mail-months", defaultValue = "12")
  int sentMailMonths;

  /** Accounts without a sign-in since then (and no session since) are erased. */
  public Instant inactiveBefore(Instant now) {
    return yearsBefore(now, inactiveYears);
  }

  /** Sign-in sheets of sessions since then are still kept, with their names. */
  public Instant sheetsKeptSince(Instant now) {
    return yearsBefore(now, sheetYears);
  }

  /** Mails sent before then are deleted from the outbox. */
  public Instant sentMailsKeptSince(Instant now) {
    return ZonedDateTime.ofInstant(now, PARIS).minusMonths(Math.max(1, sentMailMonths)).toInstant();
  }

  public int inactiveYears() {
    return inactiveYears;
  }

  public int sheetYears() {
    return sheetYears;
  }

  static Instant yearsBefore(Instant now, int years) {
    if (years < 1) {
      throw new IllegalStateException("retention periods are at least one year, not " + years);
    }
    return ZonedDateTime.ofInstant(now, PARIS).minusYears(years).toInstant();
  }
}
