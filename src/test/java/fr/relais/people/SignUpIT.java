package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.i18n.Language;
import fr.relais.testing.Deployments;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-up with good and bad input, and sign-in against the stored hash, in the container on a real
 * PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class SignUpIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private SignUpService signUps;
  @Inject private IdentityStoreHandler identityStores;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static SignUpForm form(String email) {
    SignUpForm form = new SignUpForm();
    form.setFirstName("Léa");
    form.setLastName("N'Diaye-Martin");
    form.setEmail(email);
    form.setPassword("garde-de-nuit-42");
    form.setStatus(ParticipantStatus.PROFESSIONAL);
    form.setProfession(Profession.NURSE);
    form.setWorkplaceType(WorkplaceType.UNIVERSITY_HOSPITAL);
    form.setRegion(Region.OCCITANIE);
    form.setPrivacyConsent(true);
    return form;
  }

  private static String uniqueEmail() {
    return "lea." + System.nanoTime() + "@chu-exemple.fr";
  }

  @Test
  void signUpStoresAHashedPasswordAndTheConsentDate() throws SQLException {
    String email = uniqueEmail();
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    signUps.signUp(form("  " + email.toUpperCase() + " "), Language.EN);
    try (Connection c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "SELECT a.password_hash, a.privacy_consent_at, a.language, r.role FROM account a"
                    + " JOIN account_role r ON r.account_id = a.id WHERE a.email = ?")) {
      s.setString(1, email);
      ResultSet row = s.executeQuery();
      assertTrue(row.next(), "stored under the normalized e-mail");
      String hash = row.getString(1);
      assertTrue(hash.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), hash);
      assertFalse(hash.contains("garde-de-nuit-42"));
      assertFalse(row.getTimestamp(2).toInstant().isBefore(before));
      assertEquals("EN", row.getString(3));
      assertEquals("PARTICIPANT", row.getString(4));
      assertFalse(row.next(), "one role only");
    }
  }

  @Test
  void loginChecksThePasswordAgainstTheHash() {
    String email = uniqueEmail();
    signUps.signUp(form(email), Language.FR);

    CredentialValidationResult ok =
        identityStores.validate(
            new UsernamePasswordCredential(email.toUpperCase(), "garde-de-nuit-42"));
    assertEquals(CredentialValidationResult.Status.VALID, ok.getStatus());
    assertEquals(email, ok.getCallerPrincipal().getName());
    assertEquals(Set.of("PARTICIPANT"), ok.getCallerGroups());

    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStores
            .validate(new UsernamePasswordCredential(email, "garde-de-nuit-43"))
            .getStatus());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStores
            .validate(new UsernamePasswordCredential("nobody@chu-exemple.fr", "garde-de-nuit-42"))
            .getStatus());
  }

  @Test
  void aSecondAccountForTheSameAddressIsRefusedOnTheEmailField() throws SQLException {
    String email = uniqueEmail();
    signUps.signUp(form(email), Language.FR);
    BusinessException refusal =
        assertThrows(
            BusinessException.class, () -> signUps.signUp(form(email.toUpperCase()), Language.FR));
    assertEquals("signup.emailTaken", refusal.getMessageKey());
    assertEquals("email", refusal.getField().orElseThrow());
    assertEquals(1, accountsWith(email));
  }

  @Test
  void aWeakPasswordIsRefusedOnThePasswordField() throws SQLException {
    String email = uniqueEmail();
    SignUpForm weak = form(email);
    weak.setPassword("azerty1234");
    BusinessException refusal =
        assertThrows(BusinessException.class, () -> signUps.signUp(weak, Language.FR));
    assertEquals("password", refusal.getField().orElseThrow());
    assertEquals(0, accountsWith(email));
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsStored() throws SQLException {
    assertRefused("email", f -> f.setEmail("lea.martin@"));
    assertRefused("privacyConsent", f -> f.setPrivacyConsent(false));
    assertRefused("firstName", f -> f.setFirstName("<script>alert('x')</script>"));
    assertRefused("lastName", f -> f.setLastName("L".repeat(81)));
    assertRefused("profession", f -> f.setProfession(null));
  }

  private void assertRefused(String field, Consumer<SignUpForm> spoil) throws SQLException {
    String email = uniqueEmail();
    SignUpForm form = form(email);
    spoil.accept(form);
    ConstraintViolationException refusal =
        assertThrows(ConstraintViolationException.class, () -> signUps.signUp(form, Language.FR));
    assertTrue(
        refusal.getConstraintViolations().stream()
            .anyMatch(v -> v.getPropertyPath().toString().endsWith(field)),
        () -> field + " not among " + refusal.getConstraintViolations());
    assertEquals(0, accountsWith(email));
  }

  private long accountsWith(String email) throws SQLException {
    return Sql.number(
        dataSource, "SELECT count(*) FROM account WHERE email = ?", email.toLowerCase());
  }
}
