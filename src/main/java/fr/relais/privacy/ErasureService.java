package fr.relais.privacy;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.NativeSql;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import fr.relais.people.PasswordHasher;
import fr.relais.people.Role;
import fr.relais.registration.RegistrationService;
import fr.relais.survey.Pseudonyms;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * Erases an account (GDPR art. 17), in one transaction. The identity goes: e-mail, password,
 * workplace, links, mails, password resets, certificates; wherever the e-mail named them as the one
 * who acted (audit log, cancellations, check-ins) the erased name "erased-ID" takes its place. The
 * name stays only while a sign-in sheet legally needs it (the retention job removes it after). What
 * statistics need stays, with no one behind it: the registrations and attendance, the status,
 * profession and region. Survey answers move to a random pseudonym, so before/after pairs still
 * pair but no key leads back to the account. An establishment's contact (issue 16) may erase their
 * account too: their link to the establishment goes, the establishment keeps its requests and their
 * history (by the erased account), and an accepted convention keeps the name of who accepted it, as
 * its frozen PDF does: it is the legal record of the agreement. Someone on a staff list is taken
 * off it. Complaints and incidents they submitted keep their facts and lose their submitter
 * (account, name, address, follow link). PrivacyIT scans every text column of every table for what
 * is left.
 */
@Stateless
public class ErasureService {

  private static final Logger LOG = Logger.getLogger(ErasureService.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private RegistrationService registrations;
  @Inject private Pseudonyms pseudonyms;
  @Inject private PasswordHasher hasher;
  @Inject private RetentionSettings settings;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  /** The participant erases their own account, confirming with their password. */
  public void eraseOwn(Caller caller, String password) {
    if (!mayEraseThemselves(caller)) {
      throw new BusinessException("erasure.staff");
    }
    String hash =
        (String)
            em.createNativeQuery("SELECT password_hash FROM account WHERE id = ?")
                .setParameter(1, caller.accountId())
                .getSingleResult();
    if (password == null || !hasher.matches(password, hash)) {
      throw BusinessException.onField("password", "erasure.wrongPassword");
    }
    erase(caller.accountId(), "at the person's request");
  }

  /**
   * Erases a participant's or an establishment contact's account; false if it is neither, or erased
   * already.
   */
  public boolean erase(long accountId, String why) {
    List<?> found =
        em.createNativeQuery(
                "SELECT email FROM account WHERE id = ? AND erased_at IS NULL FOR UPDATE")
            .setParameter(1, accountId)
            .getResultList();
    if (found.isEmpty() || !isParticipantOnly(roles(accountId))) {
      return false;
    }
    String email = (String) found.get(0);
    Instant now = clock.instant();
    Timestamp sheetsKept = Timestamp.from(settings.sheetsKeptSince(now));
    int withdrawn = registrations.withdrawFromUpcoming(accountId, "account erased");
    audit.record(
        "account",
        accountId,
        "ERASED",
        why + "; " + withdrawn + " upcoming registration(s) cancelled");
    update(
        "UPDATE survey_response SET pseudonym = ? WHERE pseudonym = ?",
        randomPseudonym(),
        pseudonyms.of(accountId));
    update(
        "UPDATE survey_invitation SET token_hash = NULL, token_expires_at = NULL WHERE account_id = ?",
        accountId);
    update(
        "DELETE FROM certificate WHERE registration_id IN (SELECT id FROM registration WHERE account_id = ?)",
        accountId);
    // Indicator 26: the person's words and what was arranged for them go; the row (a count) stays.
    update(
        """
        UPDATE arrangement_request SET need = NULL, handled_note = NULL
        WHERE registration_id IN (SELECT id FROM registration WHERE account_id = ?)
        """,
        accountId);
    // Quiz attempts (indicator 11) lose their registration: the session's before/after figures
    // stay, nobody's score can be traced back to the person any more.
    update(
        """
        UPDATE quiz_attempt SET registration_id = NULL WHERE registration_id IN
        (SELECT id FROM registration WHERE account_id = ?)
        """,
        accountId);
    update("DELETE FROM password_reset WHERE account_id = ?", accountId);
    update("DELETE FROM api_token WHERE account_id = ?", accountId);
    update("DELETE FROM email_change WHERE account_id = ?", accountId);
    update("DELETE FROM staff_invitation WHERE account_id = ? OR email = ?", accountId, email);
    update("DELETE FROM establishment_contact WHERE account_id = ?", accountId);
    update("DELETE FROM mail_outbox WHERE recipient = ?", email);
    // complaints they submitted (issue 17, Qualiopi 31): the facts stay, the submitter goes
    update(
        """
        UPDATE quality_case_event SET account_id = NULL, actor = NULL WHERE by_submitter
        AND case_id IN (SELECT id FROM quality_case WHERE NOT recorded_by_staff
        AND (account_id = ? OR submitter_email = ?))
        """,
        accountId,
        email);
    update(
        """
        UPDATE quality_case SET account_id = NULL, submitter_name = NULL, submitter_email = NULL,
        follow_hash = NULL, erased = true WHERE NOT recorded_by_staff
        AND (account_id = ? OR submitter_email = ?)
        """,
        accountId,
        email);
    forgetAsActor(email, erasedName(accountId));
    update("DELETE FROM account_role WHERE account_id = ?", accountId);
    update(
        """
        UPDATE account SET email = ?, password_hash = '!', workplace_type = NULL,
        rpps = NULL, adeli = NULL,
        privacy_consent_at = NULL, last_login_at = NULL, erased_at = ?,
        first_name = CASE WHEN %s
        THEN first_name ELSE '' END,
        last_name = CASE WHEN %s
        THEN last_name ELSE '' END
        WHERE id = ?
        """
            .formatted(ON_A_KEPT_SHEET, ON_A_KEPT_SHEET),
        erasedName(accountId) + "@erased.invalid",
        Timestamp.from(now),
        sheetsKept,
        sheetsKept,
        accountId);
    em.clear();
    LOG.info(() -> "Account " + accountId + " erased (" + why + ")");
    return true;
  }

  /**
   * Where the e-mail names who did something (it is the caller's name): the deed stays, done by the
   * erased account.
   */
  private static final List<String> ACTOR_COLUMNS =
      List.of(
          "audit_log.actor",
          "registration.cancelled_by",
          "attendance.recorded_by",
          "session.completed_by",
          "series.created_by",
          "campaign.created_by",
          "establishment_request_event.actor",
          "establishment_contact.reviewed_by",
          "convention.created_by",
          "staff_invitation.invited_by");

  /** Free text where the e-mail may have been written: older audit entries, a job's error. */
  private static final List<String> FREE_TEXT_COLUMNS =
      List.of("audit_log.details", "job_run.details", "establishment_request_event.note");

  private void forgetAsActor(String email, String erased) {
    for (String column : ACTOR_COLUMNS) {
      String[] c = column.split("\\.");
      update(String.format("UPDATE %1$s SET %2$s = ? WHERE %2$s = ?", c[0], c[1]), erased, email);
    }
    for (String column : FREE_TEXT_COLUMNS) {
      String[] c = column.split("\\.");
      update(
          String.format(
              "UPDATE %1$s SET %2$s = replace(%2$s, ?, ?) WHERE strpos(%2$s, ?) > 0", c[0], c[1]),
          email,
          erased,
          email);
    }
  }

  /** The account appears on a sign-in sheet still within its legal keeping period. */
  static final String ON_A_KEPT_SHEET =
      """
      EXISTS (SELECT 1 FROM attendance t JOIN registration r ON r.id = t.registration_id
      JOIN session s ON s.id = r.session_id
      WHERE r.account_id = account.id AND s.starts_at >= CAST(? AS timestamptz))
      """;

  static String erasedName(long accountId) {
    return "erased-" + accountId;
  }

  /**
   * Participants and establishment contacts erase their own account; staff accounts (trainers,
   * coordinators, administrators) are closed by an administrator.
   */
  public static boolean mayEraseThemselves(Caller caller) {
    return isParticipantOnly(caller.roles().stream().map(Role::name).toList());
  }

  /** Only roles a person holds for themselves: participant, establishment contact. */
  static boolean isParticipantOnly(List<String> roles) {
    return roles.stream()
        .allMatch(r -> r.equals(Role.PARTICIPANT.name()) || r.equals(Role.CONTACT.name()));
  }

  private List<String> roles(long accountId) {
    return em
        .createNativeQuery("SELECT role FROM account_role WHERE account_id = ?")
        .setParameter(1, accountId)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  private static String randomPseudonym() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private int update(String sql, Object... values) {
    return NativeSql.update(em.createNativeQuery(sql), values);
  }
}
