package fr.relais.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

  private static final Instant QUEUED = Instant.parse("2026-12-02T14:00:00Z");

  @Test
  void theSameRowGivesTheSameIdInTheSendersDomain() {
    String id = MessageIds.of(42, QUEUED, "ne-pas-repondre@relais.test");
    assertEquals("<outbox.42." + QUEUED.toEpochMilli() + "@relais.test>", id);
    assertEquals(id, MessageIds.of(42, QUEUED, "ne-pas-repondre@relais.test"));
  }

  @Test
  void aNamedSenderGivesItsAddressesDomain() {
    assertEquals(
        "<outbox.7." + QUEUED.toEpochMilli() + "@soignants.example>",
        MessageIds.of(7, QUEUED, "Relais <contact@soignants.example>"));
  }

  @Test
  void anotherRowOrAnotherDatabaseGivesAnotherId() {
    String one = MessageIds.of(1, QUEUED, "a@relais.test");
    assertNotEquals(one, MessageIds.of(2, QUEUED, "a@relais.test"));
    assertNotEquals(one, MessageIds.of(1, QUEUED.plusMillis(1), "a@relais.test"));
  }

  @Test
  void aSenderWithoutDomainStillGivesAValidId() {
    assertEquals(
        "<outbox.3." + QUEUED.toEpochMilli() + "@relais.invalid>",
        MessageIds.of(3, QUEUED, "relais"));
  }
}
