package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.programme.Audience;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextStepTest {

  private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

  private static EstablishmentRequest in(RequestStatus status, int minutes) {
    EstablishmentRequest request =
        new EstablishmentRequest(
            null,
            null,
            null,
            new RequestDetails(1L, List.of(LocalDate.of(2027, 3, 1)), 10, Audience.ALL, null, null),
            T.plusSeconds(60L * minutes));
    if (status == RequestStatus.DECLINED) {
      request.moveTo(status, RequestStatus.Side.ASSOCIATION, T);
    } else if (status == RequestStatus.PROPOSED) {
      request.moveTo(status, RequestStatus.Side.ASSOCIATION, T);
    } else if (status == RequestStatus.ACCEPTED) {
      request.moveTo(RequestStatus.PROPOSED, RequestStatus.Side.ASSOCIATION, T);
      request.moveTo(status, RequestStatus.Side.ESTABLISHMENT, T);
    }
    return request;
  }

  @Test
  void withoutAnOpenRequestTheContactIsInvitedToAsk() {
    assertEquals("establishment.next.first", NextStep.of(List.of()).key());
    assertEquals(
        "establishment.next.first", NextStep.of(List.of(in(RequestStatus.DECLINED, 0))).key());
  }

  @Test
  void theContactsOwnTaskComesBeforeWhatTheAssociationIsDoing() {
    assertEquals(
        "establishment.next.PROPOSED",
        NextStep.of(
                List.of(
                    in(RequestStatus.REQUESTED, 5),
                    in(RequestStatus.ACCEPTED, 3),
                    in(RequestStatus.PROPOSED, 1)))
            .key());
    assertEquals(
        "establishment.next.ACCEPTED",
        NextStep.of(List.of(in(RequestStatus.REQUESTED, 5), in(RequestStatus.ACCEPTED, 3))).key());
    assertEquals(
        "establishment.next.REQUESTED",
        NextStep.of(List.of(in(RequestStatus.DECLINED, 5), in(RequestStatus.REQUESTED, 3))).key());
  }
}
