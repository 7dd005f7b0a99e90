package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.people.Account;
import fr.relais.people.ParticipantStatus;
import fr.relais.people.Profession;
import fr.relais.people.Region;
import fr.relais.people.WorkplaceType;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.programme.Theme;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionMode;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffRosterTest {

  private static final Instant START = Instant.parse("2026-12-01T13:00:00Z");
  private static final Session SESSION =
      new Session(
          new Activity("Atelier", Format.EJADES, new Theme("Sommeil", "Sleep"), Audience.ALL),
          START,
          START.plus(Duration.ofHours(2)),
          SessionMode.ONLINE);
  private static long ids;

  /** In registration order: Zoé (confirmed), Bruno (waits 1st), Anne (waits 2nd), Chloé, Marc. */
  private static final List<Registration> REGISTRATIONS = new ArrayList<>();

  static {
    REGISTRATIONS.add(registration("Zoé", "Martin", Seat.GENERAL));
    REGISTRATIONS.add(registration("Bruno", "Zidane", null));
    REGISTRATIONS.add(registration("Anne", "Abel", null));
    REGISTRATIONS.add(registration("Chloé", "Dupont", Seat.STUDENT));
    Registration cancelled = registration("Marc", "Aubry", Seat.GENERAL);
    cancelled.cancel("coordination", "Malade", START.minus(Duration.ofDays(1)));
    REGISTRATIONS.add(cancelled);
  }

  private static Registration registration(String first, String last, Seat seat) {
    Account a = new Account(first.toLowerCase() + "@relais.test", first, last, START);
    a.describeAsParticipant(
        ParticipantStatus.PROFESSIONAL,
        Profession.MIDWIFE,
        WorkplaceType.UNIVERSITY_HOSPITAL,
        Region.OCCITANIE);
    Registration r = new Registration(SESSION, a, seat, false, START.minus(Duration.ofDays(9)));
    set(r, "id", ++ids);
    return r;
  }

  private static void set(Object target, String field, Object value) {
    try {
      Field f = target.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> names(StaffRoster roster) {
    return roster.rows().stream().map(StaffRoster.Row::getName).toList();
  }

  @Test
  void beforeTheStartRegisteredComeFirstByNameThenTheWaitlistInItsOrderThenTheCancelled() {
    StaffRoster roster = StaffRoster.of(REGISTRATIONS, Map.of(), false);
    assertEquals(
        List.of("DUPONT Chloé", "MARTIN Zoé", "ZIDANE Bruno", "ABEL Anne", "AUBRY Marc"),
        names(roster));
    assertEquals(List.of(0, 0, 1, 2, 0), roster.rows().stream().map(r -> r.position()).toList());
    assertEquals(2, roster.count(RegistrationStatus.CONFIRMED));
    assertEquals(2, roster.count(RegistrationStatus.WAITLISTED));
    assertEquals(1, roster.count(RegistrationStatus.CANCELLED));
    assertTrue(roster.isChangeable());
    assertNull(roster.rows().get(0).presence(), "no presence before the start");
  }

  @Test
  void onceStartedEachRegisteredPersonSaysWhetherTheyCameAndNothingIsChangeable() {
    long zoe = REGISTRATIONS.get(0).getId();
    StaffRoster roster = StaffRoster.of(REGISTRATIONS, Map.of(zoe, List.of("ABSENT")), true);
    assertFalse(roster.isChangeable());
    StaffRoster.Row first = roster.rows().get(0);
    assertEquals("MARTIN Zoé", first.getName(), "the absent before the not marked");
    assertEquals(Presence.ABSENT, first.presence());
    assertEquals(Presence.UNMARKED, roster.rows().get(1).presence());
    assertEquals(1, roster.getMissed());
    assertEquals(0, roster.getCame());
    assertEquals(1, roster.count(Presence.UNMARKED));
  }

  @Test
  void theCameAreCountedAndListedFirst() {
    long chloe = REGISTRATIONS.get(3).getId();
    long zoe = REGISTRATIONS.get(0).getId();
    StaffRoster roster =
        StaffRoster.of(
            REGISTRATIONS, Map.of(chloe, List.of("ABSENT"), zoe, List.of("LATE", "PRESENT")), true);
    assertEquals("MARTIN Zoé", roster.rows().get(0).getName());
    assertEquals(Presence.LATE, roster.rows().get(0).presence());
    assertEquals(1, roster.getCame());
    assertEquals(1, roster.getMissed());
  }
}
