package fr.relais.registration;

import static fr.relais.testing.ParisDays.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.people.Account;
import fr.relais.people.ParticipantStatus;
import fr.relais.people.Profession;
import fr.relais.people.Region;
import fr.relais.people.Role;
import fr.relais.people.WorkplaceType;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.programme.Theme;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionRules;
import fr.relais.site.Site;
import fr.relais.site.SiteKind;
import fr.relais.testing.ParisDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegistrationPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Instant START = NOW.plus(Duration.ofDays(3));

  private static Session session(Audience audience) {
    Activity activity =
        new Activity("Atelier", Format.EJADES, new Theme("Sommeil", "Sleep"), audience);
    Session s = new Session(activity, START, START.plus(Duration.ofHours(1)), SessionMode.ONLINE);
    s.setRegistrationWindow(
        NOW.minus(Duration.ofDays(1)), START, START.minus(Duration.ofHours(24)));
    s.publish();
    return s;
  }

  private static Account person(String email, ParticipantStatus status) {
    Account a = new Account(email, "Léa", "Martin", NOW);
    a.describeAsParticipant(
        status, Profession.NURSE, WorkplaceType.UNIVERSITY_HOSPITAL, Region.OCCITANIE);
    return a;
  }

  private static Optional<String> why(Session s, Account a, String code, Instant at) {
    return RegistrationPolicy.refusal(s, a, code, at).map(BusinessException::getMessageKey);
  }

  @Test
  void theWaitlistHoldsAsManyPeopleAsSeatsUnlessTheSessionSaysOtherwise() {
    Session s = session(Audience.ALL);
    s.setSeats(20, 0);
    assertFalse(RegistrationPolicy.waitlistFull(s, 19));
    assertTrue(RegistrationPolicy.waitlistFull(s, 20), "20 waiting for 20 seats: full");
    assertTrue(RegistrationPolicy.waitlistFull(s, 160));
    s.setWaitlistLimit(5);
    assertFalse(RegistrationPolicy.waitlistFull(s, 4));
    assertTrue(RegistrationPolicy.waitlistFull(s, 5));
    s.setWaitlistLimit(0);
    assertTrue(RegistrationPolicy.waitlistFull(s, 0), "0: no waitlist at all");
  }

  @Test
  void aParticipantMayRegisterForAnOpenSessionOfTheirAudience() {
    assertEquals(
        Optional.empty(),
        why(
            session(Audience.ALL),
            person("lea@chu.fr", ParticipantStatus.PROFESSIONAL),
            null,
            NOW));
    assertEquals(
        Optional.empty(),
        why(
            session(Audience.STUDENTS),
            person("lea@univ.fr", ParticipantStatus.STUDENT),
            null,
            NOW));
  }

  @Test
  void theWrongAudienceIsForbidden() {
    var refusal =
        RegistrationPolicy.refusal(
            session(Audience.STUDENTS),
            person("lea@chu.fr", ParticipantStatus.PROFESSIONAL),
            null,
            NOW);
    assertEquals("registration.wrongAudience", refusal.orElseThrow().getMessageKey());
    assertTrue(refusal.get().isForbidden());
  }

  @Test
  void draftsCancelledAndStartedSessionsAreClosed() {
    Account lea = person("lea@chu.fr", ParticipantStatus.PROFESSIONAL);
    Session cancelled = session(Audience.ALL);
    cancelled.cancel("Grève");
    assertEquals(Optional.of("registration.sessionCancelled"), why(cancelled, lea, null, NOW));
    assertEquals(
        Optional.of("registration.sessionNotOpen"),
        why(session(Audience.ALL), lea, null, START.plusSeconds(1)));
  }

  @Test
  void theRegistrationWindowIsKept() {
    Account lea = person("lea@chu.fr", ParticipantStatus.PROFESSIONAL);
    Session s = session(Audience.ALL);
    s.setRegistrationWindow(NOW.plus(Duration.ofHours(2)), START.minus(Duration.ofHours(1)), START);
    assertEquals(Optional.of("registration.windowNotOpen"), why(s, lea, null, NOW));
    assertEquals(
        Optional.of("registration.windowClosed"),
        why(s, lea, null, START.minus(Duration.ofMinutes(30))));
  }

  @Test
  void aReservedSessionIsForTheEstablishmentsDomainOrItsCode() {
    Site chu = new Site("CHU Val-de-Seine", SiteKind.HOSPITAL, "Rouen", Region.NORMANDIE);
    chu.setEmailDomain("chu-valdeseine.test");
    Session jades = session(Audience.ALL);
    jades.reserveFor(chu, "ABCD2345");
    assertEquals(
        Optional.empty(),
        why(jades, person("Lea@CHU-ValDeSeine.test", ParticipantStatus.PROFESSIONAL), null, NOW));
    assertEquals(
        Optional.of("registration.restricted"),
        why(jades, person("lea@ailleurs.fr", ParticipantStatus.PROFESSIONAL), null, NOW));
    assertEquals(
        Optional.of("registration.restricted"),
        why(jades, person("lea@ailleurs.fr", ParticipantStatus.PROFESSIONAL), "WRONG123", NOW));
    assertEquals(
        Optional.empty(),
        why(jades, person("lea@ailleurs.fr", ParticipantStatus.PROFESSIONAL), " abcd2345 ", NOW));
  }

  @Test
  void staffAccountsDoNotRegister() {
    Account trainer = new Account("formatrice@relais.test", "Hélène", "Garnier", NOW);
    trainer.grant(Role.TRAINER);
    assertEquals(
        Optional.of("registration.notParticipant"), why(session(Audience.ALL), trainer, null, NOW));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void participantsCancelUntilTheDayBeforeAtTheSameParisTime(LocalDate day) {
    Instant start = at(day, 18, 0);
    Session s =
        new Session(
            session(Audience.ALL).getActivity(),
            start,
            start.plus(Duration.ofHours(1)),
            SessionMode.ONLINE);
    Instant deadline = SessionRules.defaultCancellationDeadline(start);
    s.setRegistrationWindow(at(day.minusMonths(1), 9, 0), start, deadline);
    s.publish();
    assertEquals(at(day.minusDays(1), 18, 0), deadline, "18:00 the day before, not 17:00 or 19:00");
    assertTrue(RegistrationPolicy.mayCancelThemselves(s, at(day.minusDays(1), 17, 59)));
    assertFalse(RegistrationPolicy.mayCancelThemselves(s, at(day.minusDays(1), 18, 0)));
    assertFalse(RegistrationPolicy.mayCancelThemselves(s, at(day.minusDays(1), 18, 1)));
    assertFalse(RegistrationPolicy.mayCancelThemselves(s, at(day, 12, 59)), "the day itself");

    s.setRegistrationWindow(at(day.minusMonths(1), 9, 0), start, null);
    assertTrue(
        RegistrationPolicy.mayCancelThemselves(s, at(day, 17, 59)), "no deadline: until the start");
    assertFalse(RegistrationPolicy.mayCancelThemselves(s, at(day, 18, 0)));
  }

  @Test
  void participantsCancelUntilTheDeadline() {
    Session s = session(Audience.ALL);
    assertTrue(RegistrationPolicy.mayCancelThemselves(s, START.minus(Duration.ofHours(25))));
    assertFalse(RegistrationPolicy.mayCancelThemselves(s, START.minus(Duration.ofHours(23))));
  }

  @Test
  void staffChangeRegistrationsUntilTheMinuteTheSessionStarts() {
    Session s = session(Audience.ALL);
    assertTrue(RegistrationPolicy.staffMayChange(s, START.minus(Duration.ofMinutes(1))));
    assertFalse(RegistrationPolicy.staffMayChange(s, START));
    assertFalse(RegistrationPolicy.staffMayChange(s, START.plus(Duration.ofDays(30))));
  }
}
