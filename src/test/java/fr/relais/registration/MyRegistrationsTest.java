package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.people.Account;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.programme.Theme;
import fr.relais.registration.MyRegistrationsRepository.View;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MyRegistrationsTest {

  // 2 December 2026, 10:00 in Paris.
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
  private static final Account LEA = new Account("lea@relais.test", "Léa", "Martin", NOW);
  private static final Activity WORKSHOP =
      new Activity("Atelier", Format.EJADES, new Theme("Sommeil", "Sleep"), Audience.ALL);

  private static View view(Duration fromNow, Duration length, Seat seat) {
    Instant start = NOW.plus(fromNow);
    Session s = new Session(WORKSHOP, start, start.plus(length), SessionMode.ONLINE);
    return new View(
        new Registration(s, LEA, seat, false, NOW.minus(Duration.ofDays(30))), 0, false, null);
  }

  @Test
  void seatsAndWaitlistsToComeAreSoonestFirstAndWhatIsOverIsPast() {
    View later = view(Duration.ofDays(9), Duration.ofHours(2), Seat.GENERAL);
    View sooner = view(Duration.ofDays(2), Duration.ofHours(2), Seat.GENERAL);
    View waiting = view(Duration.ofDays(5), Duration.ofHours(2), null);
    View over = view(Duration.ofDays(-3), Duration.ofHours(2), Seat.GENERAL);
    View cancelled = view(Duration.ofDays(4), Duration.ofHours(2), Seat.GENERAL);
    cancelled.registration().cancel("participant", null, NOW);

    MyRegistrations mine =
        MyRegistrations.at(NOW, List.of(later, over, waiting, cancelled, sooner));

    assertEquals(List.of(sooner, later), mine.upcoming());
    assertEquals(List.of(waiting), mine.waitlisted());
    assertEquals(List.of(over, cancelled), mine.past());
  }

  @Test
  void aSessionUnderWayIsStillToComeUntilItEnds() {
    View underWay = view(Duration.ofHours(-1), Duration.ofHours(2), Seat.GENERAL);
    View justEnded = view(Duration.ofHours(-2), Duration.ofHours(2), Seat.GENERAL);

    MyRegistrations mine = MyRegistrations.at(NOW, List.of(underWay, justEnded));

    assertEquals(List.of(underWay), mine.upcoming());
    assertEquals(List.of(justEnded), mine.past());
  }
}
