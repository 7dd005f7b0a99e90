package fr.relais.attendance;

import fr.relais.kernel.Organisation;
import fr.relais.notification.MailSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in sheets as files. An open half-day's sheet is drawn anew at each download; a locked one is
 * drawn once per version of what it says (its fingerprint) and kept, so every download of it is the
 * same file, and /verify/{fingerprint} can tell whether it is the version in force.
 */
@Stateless
public class SheetArchiveService {

  @PersistenceContext private EntityManager em;
  @Inject private Organisation organisation;
  @Inject private MailSettings settings;
  @Inject private Clock clock;

  /** A kept version of a sheet, as the verification page shows it. */
  public record Kept(
      long sessionId, int halfDay, String fingerprint, String fileSha256, Instant createdAt) {}

  public byte[] pdf(RosterView roster, int halfDay, boolean blank) {
    Instant now = clock.instant();
    RosterView.Signed signed = roster.signed().get(halfDay);
    if (blank || signed == null) {
      return SheetPdf.of(
          roster, halfDay, blank, new SheetPdf.Issue(organisation.identity(), now, null, null));
    }
    String fingerprint = SheetFingerprint.of(roster, halfDay);
    Optional<byte[]> kept = file(fingerprint);
    if (kept.isPresent()) {
      return kept.get();
    }
    byte[] pdf =
        SheetPdf.of(
            roster,
            halfDay,
            false,
            new SheetPdf.Issue(
                organisation.identity(), signed.at(), fingerprint, verifyUrl(fingerprint)));
    // Two first downloads at once: one insert wins, both answer the kept file.
    em.createNativeQuery(
            """
            INSERT INTO sheet_document (session_id, half_day, fingerprint, pdf, created_at)
            VALUES (?, ?, ?, ?, CAST(? AS timestamptz)) ON CONFLICT (fingerprint) DO NOTHING
            """)
        .setParameter(1, roster.sessionId())
        .setParameter(2, halfDay)
        .setParameter(3, fingerprint)
        .setParameter(4, pdf)
        .setParameter(5, Timestamp.from(now))
        .executeUpdate();
    return file(fingerprint).orElse(pdf);
  }

  /** The kept version with this fingerprint, if any. */
  public Optional<Kept> kept(String fingerprint) {
    if (!SheetFingerprint.plausible(fingerprint)) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT session_id, half_day, pdf, created_at FROM sheet_document
                WHERE fingerprint = ?
                """)
            .setParameter(1, fingerprint)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Kept(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).intValue(),
                    fingerprint,
                    SheetFingerprint.sha256((byte[]) r[2]),
                    instant(r[3])));
  }

  public String verifyUrl(String fingerprint) {
    return settings.publicUrl() + "/verify/" + fingerprint;
  }

  private Optional<byte[]> file(String fingerprint) {
    @SuppressWarnings("unchecked")
    List<byte[]> rows =
        em.createNativeQuery("SELECT pdf FROM sheet_document WHERE fingerprint = ?")
            .setParameter(1, fingerprint)
            .getResultList();
    return rows.stream().findFirst();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
