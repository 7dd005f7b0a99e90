package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.people.Account;
import fr.relais.people.AccountRepository;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.SqlStatements;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the signed-in pages ask the database (issue 18): a fixed number of statements whatever the
 * number of registrations a person has, so that a crowd of signed-in people costs a known number of
 * round trips per page. Counted with EclipseLink's session events ({@link SqlStatements}).
 */
@ExtendWith(ArquillianExtension.class)
class SignedInPagesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private RegistrationService registrations;
  @Inject private MyRegistrationsRepository mine;
  @Inject private RegistrationBoxRepository views;
  @Inject private RegistrationQuestionsRepository questions;
  @Inject private AccountRepository accounts;
  @PersistenceUnit private EntityManagerFactory factory;
  @PersistenceContext private EntityManager em;

  @Test
  void mesInscriptionsAndTheRegistrationBoxSendAFixedNumberOfStatements() {
    long theme = fixtures.theme(Fixtures.unique("Thème pages connectées"));
    long activity =
        fixtures.activity(Fixtures.unique("eJADES connecté"), Format.EJADES, theme, Audience.ALL);
    Instant base = Instant.now().plus(Duration.ofDays(40));
    long few = fixtures.participant("Une", false);
    long many = fixtures.participant("Plusieurs", false);
    long first = 0;
    for (int i = 0; i < 6; i++) {
      long session = fixtures.openSession(activity, base.plus(Duration.ofDays(i)), 10, 0);
      first = first == 0 ? session : first;
      registrations.register(Callers.participant(many), session, null);
      if (i == 0) {
        registrations.register(Callers.participant(few), session, null);
      }
    }
    Instant now = Instant.now();
    List<String> one =
        SqlStatements.during(factory, () -> assertEquals(1, mine.all(few, now).size()));
    List<String> six =
        SqlStatements.during(factory, () -> assertEquals(6, mine.all(many, now).size()));
    assertEquals(one.size(), six.size(), "no statement per registration: " + six);
    assertTrue(six.size() <= 4, "Mes inscriptions: " + six);

    long session = first;
    Account person = em.find(Account.class, many);
    List<String> box =
        SqlStatements.during(
            factory,
            () -> {
              assertTrue(views.box(session, person).orElseThrow().isRegistered());
              questions.asked(session, person);
            });
    assertTrue(box.size() <= 6, "the registration box and its questions: " + box);

    List<String> standing =
        SqlStatements.during(
            factory,
            () ->
                assertEquals(
                    "Plusieurs",
                    accounts.currentStanding(person.getEmail()).orElseThrow().firstName()));
    assertEquals(1, standing.size(), "roles and first name of a signed-in request: " + standing);
  }
}
