package fr.relais.registration;

import fr.relais.registration.MyRegistrationsRepository.View;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A person's registrations as "Mes inscriptions" shows them: seats to come and places on a
 * waitlist, soonest first, then what is over (a session ended, or a registration cancelled) as
 * read.
 */
public record MyRegistrations(List<View> upcoming, List<View> waitlisted, List<View> past) {

  /** Sorts one view per session; a session is over once it has ended. */
  public static MyRegistrations at(Instant now, List<View> onePerSession) {
    Comparator<View> soonest =
        Comparator.comparing(v -> v.registration().getSession().getStartsAt());
    return new MyRegistrations(
        onePerSession.stream()
            .filter(v -> isComing(v, now, RegistrationStatus.CONFIRMED))
            .sorted(soonest)
            .toList(),
        onePerSession.stream()
            .filter(v -> isComing(v, now, RegistrationStatus.WAITLISTED))
            .sorted(soonest)
            .toList(),
        onePerSession.stream()
            .filter(
                v ->
                    !v.registration().getSession().getEndsAt().isAfter(now)
                        || v.registration().getStatus() == RegistrationStatus.CANCELLED)
            .toList());
  }

  private static boolean isComing(View v, Instant now, RegistrationStatus status) {
    return v.registration().getStatus() == status
        && v.registration().getSession().getEndsAt().isAfter(now);
  }
}
