package fr.relais.establishment;

import static fr.relais.establishment.RequestStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.establishment.RequestStatus.Side;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestStatusTest {

  /** The issue's state machine, written out once more by hand: the enum must say exactly this. */
  private static final Map<Side, Map<RequestStatus, Set<RequestStatus>>> EXPECTED =
      Map.of(
          Side.ASSOCIATION,
          Map.of(
              REQUESTED, EnumSet.of(PROPOSED, DECLINED),
              PROPOSED, EnumSet.of(PROPOSED, DECLINED),
              ACCEPTED, EnumSet.of(PROPOSED),
              SCHEDULED, EnumSet.of(PROPOSED, HELD),
              HELD, EnumSet.of(CLOSED)),
          Side.ESTABLISHMENT,
          Map.of(
              REQUESTED, EnumSet.of(WITHDRAWN),
              PROPOSED, EnumSet.of(ACCEPTED, WITHDRAWN),
              ACCEPTED, EnumSet.of(WITHDRAWN),
              SCHEDULED, EnumSet.of(WITHDRAWN)),
          Side.RELAIS,
          Map.of(ACCEPTED, EnumSet.of(SCHEDULED), SCHEDULED, EnumSet.of(HELD)));

  @Test
  void everyMoveOfEverySideIsAllowedOrRefusedAsTheIssueSays() {
    int allowed = 0;
    for (Side side : Side.values()) {
      for (RequestStatus from : RequestStatus.values()) {
        for (RequestStatus to : RequestStatus.values()) {
          boolean expected = EXPECTED.get(side).getOrDefault(from, Set.of()).contains(to);
          assertEquals(expected, from.mayBecome(to, side), side + ": " + from + " → " + to);
          allowed += expected ? 1 : 0;
        }
        assertEquals(EXPECTED.get(side).getOrDefault(from, Set.of()), from.next(side));
      }
    }
    assertEquals(15, allowed);
  }

  @Test
  void closedDeclinedAndWithdrawnAreFinal() {
    assertEquals(
        EnumSet.of(CLOSED, DECLINED, WITHDRAWN),
        EnumSet.copyOf(java.util.Arrays.stream(values()).filter(RequestStatus::isFinal).toList()));
    assertTrue(HELD.isAgreed());
    assertFalse(PROPOSED.isAgreed());
  }

  @Test
  void anEntityRefusesAMoveItsStateDoesNotAllow() {
    EstablishmentRequest request = new EstablishmentRequest();
    fr.relais.kernel.BusinessException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            fr.relais.kernel.BusinessException.class,
            () -> request.moveTo(ACCEPTED, Side.ASSOCIATION, java.time.Instant.EPOCH));
    assertEquals("establishment.request.cannotMove", refused.getMessageKey());
    assertEquals(REQUESTED, request.moveTo(PROPOSED, Side.ASSOCIATION, java.time.Instant.EPOCH));
    assertEquals(PROPOSED, request.getStatus());
  }
}
