package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Tokens;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Accounts for administrators, against the real database: anyone else is refused and nothing
 * changes; the last active administrator stays, even when two administrators remove each other at
 * once; a deactivated account fails the identity store and its session ends; each change leaves an
 * audit line; an invitation's link works once.
 */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

  private static final String PASSWORD = "Mot-de-passe-2026!";

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private AccountAdministrationService administration;
  @Inject private AccountIdentityStore identityStore;
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordResetService resets;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  private Caller admin(long id) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, "INSERT INTO account_role (account_id, role) VALUES (?, 'ADMIN')", id);
    }
    return new Caller(id, email(id), Set.of(Role.ADMIN));
  }

  @Test
  void nobodyButAnAdministratorMayActAndARefusalChangesNothing() throws Exception {
    long person = fixtures.participant("Intouchable", false);
    long trainer = fixtures.trainer("Formatrice", Fixtures.unique("Refus"));
    String before = snapshot(person);
    long mails = number("SELECT count(*) FROM mail_outbox");
    long audits = number("SELECT count(*) FROM audit_log WHERE entity = 'account'");
    for (Caller caller :
        List.of(Callers.participant(person), Callers.trainer(trainer), Callers.coordinator())) {
      forbidden(() -> administration.grant(caller, person, Role.ADMIN));
      forbidden(() -> administration.grant(caller, person, Role.COORDINATOR));
      forbidden(() -> administration.remove(caller, person, Role.PARTICIPANT));
      forbidden(() -> administration.deactivate(caller, person));
      forbidden(() -> administration.reactivate(caller, person));
      forbidden(() -> administration.sendPasswordReset(caller, person));
      forbidden(
          () ->
              administration.invite(
                  caller,
                  "refus." + System.nanoTime() + "@relais.test",
                  "Ana",
                  "Refus",
                  Role.ADMIN));
      forbidden(
          () ->
              administration.invite(
                  caller,
                  "refus." + System.nanoTime() + "@relais.test",
                  "Ana",
                  "Refus",
                  Role.COORDINATOR));
      forbidden(() -> administration.overview(caller, person));
      forbidden(() -> administration.open(caller, person));
      forbidden(
          () ->
              administration.page(
                  caller, new AccountAdministrationService.Search(null, null), 0, 20));
    }
    assertEquals(before, snapshot(person), "roles and state unchanged");
    assertEquals(mails, number("SELECT count(*) FROM mail_outbox"), "no mail");
    assertEquals(
        audits, number("SELECT count(*) FROM audit_log WHERE entity = 'account'"), "no audit");
    assertEquals(0, number("SELECT count(*) FROM account WHERE email LIKE 'refus.%'"));

    Caller admin = admin(fixtures.participant("Administratrice", false));
    administration.grant(admin, person, Role.COORDINATOR);
    assertEquals("COORDINATOR,PARTICIPANT|active", snapshot(person), "an administrator may");
  }

  @Test
  void rolesAreGrantedAndRemovedWithAnAuditLineAndTrainersGetAProfile() throws Exception {
    Caller admin = admin(fixtures.participant("Admin", false));
    long person = fixtures.participant("Promue", false);
    administration.grant(admin, person, Role.TRAINER);
    administration.grant(admin, person, Role.COORDINATOR);
    administration.remove(admin, person, Role.PARTICIPANT);
    assertEquals("COORDINATOR,TRAINER|active", snapshot(person));
    assertEquals(1, number("SELECT count(*) FROM trainer_profile WHERE account_id = ?", person));
    assertEquals(
        "ROLE_GRANTED:TRAINER,ROLE_GRANTED:COORDINATOR,ROLE_REMOVED:PARTICIPANT",
        text(
            "SELECT string_agg(action || ':' || details, ',' ORDER BY id) FROM audit_log"
                + " WHERE entity = 'account' AND entity_id = ?",
            person));
  }

  @Test
  void theLastActiveAdministratorCannotBeRemovedNorDeactivated() throws Exception {
    Caller first = admin(fixtures.participant("Première", false));
    Caller second = admin(fixtures.participant("Seconde", false));
    List<Long> others = onlyAdministrators(first.accountId(), second.accountId());
    try {
      assertEquals(
          "accounts.deactivate.self",
          refused(() -> administration.deactivate(first, first.accountId())));
      administration.deactivate(first, second.accountId());
      assertEquals(
          "accounts.lastAdmin",
          refused(() -> administration.remove(first, first.accountId(), Role.ADMIN)));
      administration.reactivate(first, second.accountId());
      administration.remove(first, second.accountId(), Role.ADMIN);
      assertEquals(
          "accounts.lastAdmin",
          refused(() -> administration.remove(first, first.accountId(), Role.ADMIN)));
      assertEquals("ADMIN,PARTICIPANT|active", snapshot(first.accountId()));
      assertEquals("PARTICIPANT|active", snapshot(second.accountId()));
    } finally {
      restore(others);
    }
  }

  @Test
  void twoAdministratorsRemovingEachOtherAtOnceLeaveOne() throws Exception {
    for (int round = 0; round < 5; round++) {
      Caller a = admin(fixtures.participant("Alice", false));
      Caller b = admin(fixtures.participant("Bruno", false));
      List<Long> others = onlyAdministrators(a.accountId(), b.accountId());
      try {
        CountDownLatch start = new CountDownLatch(1);
        boolean deactivate = round % 2 == 1;
        Future<Boolean> byA = executor.submit(() -> attempt(start, a, b.accountId(), deactivate));
        Future<Boolean> byB = executor.submit(() -> attempt(start, b, a.accountId(), deactivate));
        start.countDown();
        assertEquals(1, (byA.get() ? 1 : 0) + (byB.get() ? 1 : 0), "exactly one succeeded");
        assertEquals(
            1,
            number(
                "SELECT count(*) FROM account a JOIN account_role r ON r.account_id = a.id"
                    + " WHERE r.role = 'ADMIN' AND a.deactivated_at IS NULL AND a.id IN (?, ?)",
                a.accountId(),
                b.accountId()));
      } finally {
        restore(others);
      }
    }
  }

  private boolean attempt(CountDownLatch start, Caller by, long other, boolean deactivate)
      throws InterruptedException {
    start.await();
    try {
      if (deactivate) {
        administration.deactivate(by, other);
      } else {
        administration.remove(by, other, Role.ADMIN);
      }
      return true;
    } catch (BusinessException refused) {
      assertEquals("accounts.lastAdmin", refused.getMessageKey());
      return false;
    }
  }

  @Test
  void aDeactivatedAccountCannotSignInNorKeepItsSessionAndComesBack() throws Exception {
    Caller admin = admin(fixtures.participant("Admin", false));
    long person = fixtures.participant("Partante", false);
    String email = email(person);
    try (Connection c = dataSource.getConnection()) {
      Sql.update(
          c, "UPDATE account SET password_hash = ? WHERE id = ?", hasher.hash(PASSWORD), person);
    }
    assertEquals(CredentialValidationResult.Status.VALID, validate(email, PASSWORD));
    assertTrue(accounts.currentRoles(email).isPresent(), "a session goes on");

    administration.deactivate(admin, person);
    assertEquals(CredentialValidationResult.Status.INVALID, validate(email, PASSWORD));
    assertEquals(Optional.empty(), accounts.currentRoles(email), "a session ends");
    assertEquals(1, number("SELECT count(*) FROM account WHERE id = ?", person), "it stays");

    administration.reactivate(admin, person);
    assertEquals(CredentialValidationResult.Status.VALID, validate(email, PASSWORD));
    assertEquals(
        "DEACTIVATED,REACTIVATED",
        text(
            "SELECT string_agg(action, ',' ORDER BY id) FROM audit_log"
                + " WHERE entity = 'account' AND entity_id = ?",
            person));
  }

  @Test
  void anInvitationCreatesTheAccountWithItsRoleAndALinkThatWorksOnce() throws Exception {
    Caller admin = admin(fixtures.participant("Admin", false));
    String email = "invitee." + System.nanoTime() + "@relais.test";
    assertEquals(
        "accounts.invite.role",
        refused(() -> administration.invite(admin, email, "Inès", "Invitée", Role.ADMIN)));
    long id =
        administration
            .invite(admin, " " + email.toUpperCase() + " ", "Inès", "Invitée", Role.TRAINER)
            .getId();
    assertEquals("TRAINER|active", snapshot(id));
    assertEquals(1, number("SELECT count(*) FROM trainer_profile WHERE account_id = ?", id));
    assertEquals(
        "accounts.invite.exists",
        refused(() -> administration.invite(admin, email, "Inès", "Invitée", Role.COORDINATOR)));
    assertEquals(
        CredentialValidationResult.Status.INVALID, validate(email, "!"), "no usable password");
    assertEquals(
        "INVITED:TRAINER",
        text(
            "SELECT string_agg(action || ':' || details, ',') FROM audit_log WHERE entity = 'account'"
                + " AND entity_id = ?",
            id));

    String body =
        text("SELECT body FROM mail_outbox WHERE kind = 'invitation' AND recipient = ?", email);
    Matcher link = Pattern.compile("/people/reset\\?t=([A-Za-z0-9_-]+)").matcher(body);
    assertTrue(link.find(), body);
    String token = link.group(1);
    assertEquals(0, number("SELECT count(*) FROM password_reset WHERE token_hash = ?", token));
    assertEquals(
        1,
        number(
            "SELECT count(*) FROM password_reset WHERE token_hash = ? AND purpose = 'INVITATION'",
            Tokens.hash(token)),
        "only the hash is kept");

    assertTrue(resets.usable(token));
    resets.reset(token, PASSWORD, PASSWORD);
    assertEquals(CredentialValidationResult.Status.VALID, validate(email, PASSWORD));
    assertFalse(resets.usable(token), "used once");
    assertThrows(
        BusinessException.class, () -> resets.reset(token, "Autre-mot-2026!", "Autre-mot-2026!"));
    assertEquals(CredentialValidationResult.Status.VALID, validate(email, PASSWORD));
  }

  @Test
  void theSearchIsPagedAndFindsByNameEmailAndRole() throws Exception {
    Caller admin = admin(fixtures.participant("Admin", false));
    String family = "Zorglub" + System.nanoTime() % 100000;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = fixtures.participant("Chercheuse", false);
      try (Connection c = dataSource.getConnection()) {
        Sql.update(c, "UPDATE account SET last_name = ? WHERE id = ?", family, id);
      }
      ids.add(id);
    }
    administration.grant(admin, ids.get(1), Role.COORDINATOR);
    AccountAdministrationService.Search byName =
        new AccountAdministrationService.Search(family.toLowerCase(), null);
    assertEquals(3, administration.count(admin, byName));
    assertEquals(2, administration.page(admin, byName, 0, 2).size());
    assertEquals(1, administration.page(admin, byName, 2, 2).size());
    AccountAdministrationService.Search coordinators =
        new AccountAdministrationService.Search("chercheuse " + family, Role.COORDINATOR);
    assertEquals(
        List.of(ids.get(1)),
        administration.page(admin, coordinators, 0, 20).stream().map(a -> a.getId()).toList());
    AccountAdministrationService.Search byEmail =
        new AccountAdministrationService.Search(email(ids.get(2)), null);
    assertEquals(
        List.of(ids.get(2)),
        administration.page(admin, byEmail, 0, 20).stream().map(a -> a.getId()).toList());
    assertEquals(
        0, administration.count(admin, new AccountAdministrationService.Search("%", null)));
    assertEquals(
        0,
        administration.count(admin, new AccountAdministrationService.Search(family + "_x", null)),
        "a wildcard typed is a plain character");
  }

  /** Deactivates every other active administrator for the test; the ids are for restore(). */
  private List<Long> onlyAdministrators(long a, long b) throws SQLException {
    List<Long> others = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "UPDATE account SET deactivated_at = now() WHERE deactivated_at IS NULL"
                    + " AND id NOT IN (?, ?) AND id IN (SELECT account_id FROM account_role"
                    + " WHERE role = 'ADMIN') RETURNING id")) {
      s.setLong(1, a);
      s.setLong(2, b);
      try (var r = s.executeQuery()) {
        while (r.next()) {
          others.add(r.getLong(1));
        }
      }
    }
    return others;
  }

  private void restore(List<Long> others) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      for (long id : others) {
        Sql.update(c, "UPDATE account SET deactivated_at = NULL WHERE id = ?", id);
      }
    }
  }

  private CredentialValidationResult.Status validate(String email, String password) {
    return identityStore.validate(new UsernamePasswordCredential(email, password)).getStatus();
  }

  private static void forbidden(Executable action) {
    assertEquals(Caller.FORBIDDEN, refused(action));
  }

  private static String refused(Executable action) {
    BusinessException refusal = assertThrows(BusinessException.class, action);
    return refusal.getMessageKey();
  }

  /** Roles (sorted) and state of an account, read from the database. */
  private String snapshot(long id) throws SQLException {
    return text(
        "SELECT coalesce((SELECT string_agg(role, ',' ORDER BY role) FROM account_role"
            + " WHERE account_id = a.id), '') || '|' || CASE WHEN deactivated_at IS NULL"
            + " THEN 'active' ELSE 'deactivated' END FROM account a WHERE id = ?",
        id);
  }

  private String email(long id) throws SQLException {
    return text("SELECT email FROM account WHERE id = ?", id);
  }

  private long number(String sql, Object... values) throws SQLException {
    return Sql.number(dataSource, sql, values);
  }

  private String text(String sql, Object... values) throws SQLException {
    return Sql.text(dataSource, sql, values);
  }
}
