package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.api.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenRulesTest {

  private static final Instant EXPIRY = Instant.parse("2027-03-01T09:00:00Z");

  @Test
  void aTokenIsRlAnd32RandomBytesInBase64Url() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String token = ApiTokenRules.newToken();
      assertTrue(token.matches("rl_[A-Za-z0-9_-]{43}"), token);
      assertTrue(ApiTokenRules.looksLikeToken(token));
      assertTrue(seen.add(token), "never twice");
    }
  }

  @Test
  void whatDoesNotLookLikeATokenIsRefusedBeforeAnyLookup() {
    assertFalse(ApiTokenRules.looksLikeToken(null));
    assertFalse(ApiTokenRules.looksLikeToken(""));
    assertFalse(ApiTokenRules.looksLikeToken("rl_short"));
    assertFalse(ApiTokenRules.looksLikeToken("xx_" + "a".repeat(43)));
    assertFalse(ApiTokenRules.looksLikeToken("rl_" + "a".repeat(42) + "="));
    assertFalse(ApiTokenRules.looksLikeToken("rl_" + "a".repeat(44)));
  }

  @Test
  void theStoredHashIsTheSha256InHex() {
    // sha256("abc"), a published test vector (FIPS 180-2)
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ApiTokenRules.hash("abc"));
    String token = ApiTokenRules.newToken();
    assertEquals(64, ApiTokenRules.hash(token).length());
    assertNotEquals(token, ApiTokenRules.hash(token));
  }

  @Test
  void aTokenWorksUntilTheMinuteOfItsExpiry() {
    Clock before = Clock.fixed(EXPIRY.minusSeconds(1), ZoneOffset.UTC);
    assertTrue(ApiTokenRules.usableAt(before.instant(), EXPIRY, null));
    assertFalse(ApiTokenRules.usableAt(EXPIRY, EXPIRY, null), "expired at its expiry");
    assertFalse(ApiTokenRules.usableAt(EXPIRY.plusSeconds(60), EXPIRY, null));
  }

  @Test
  void aRevokedTokenNeverWorks() {
    Instant now = EXPIRY.minusSeconds(86_400);
    assertFalse(ApiTokenRules.usableAt(now, EXPIRY, now.minusSeconds(1)));
  }

  @Test
  void itsUseIsWrittenAtMostOnceAMinute() {
    Instant last = Instant.parse("2026-12-01T10:00:00Z");
    assertTrue(ApiTokenRules.useWorthRecording(null, last));
    assertFalse(ApiTokenRules.useWorthRecording(last, last.plusSeconds(59)));
    assertTrue(ApiTokenRules.useWorthRecording(last, last.plusSeconds(60)));
  }

  @Test
  void onlyCoordinatorsAndAdministratorsMayHoldCoordinate() {
    assertFalse(ApiTokenRules.mayHold(Set.of(Role.PARTICIPANT), Scope.COORDINATE));
    assertFalse(ApiTokenRules.mayHold(Set.of(Role.TRAINER, Role.CONTACT), Scope.COORDINATE));
    assertTrue(ApiTokenRules.mayHold(Set.of(Role.COORDINATOR), Scope.COORDINATE));
    assertTrue(ApiTokenRules.mayHold(Set.of(Role.ADMIN), Scope.COORDINATE));
    assertTrue(ApiTokenRules.mayHold(Set.of(Role.PARTICIPANT), Scope.REGISTER));
    assertEquals(
        EnumSet.of(Scope.READ, Scope.REGISTER), ApiTokenRules.allFor(Set.of(Role.TRAINER)));
    assertEquals(EnumSet.allOf(Scope.class), ApiTokenRules.allFor(Set.of(Role.COORDINATOR)));
  }

  @Test
  void withoutCoordinateATokenActsWithoutTheCoordinatingRoles() {
    Set<Role> roles = EnumSet.of(Role.PARTICIPANT, Role.TRAINER, Role.COORDINATOR, Role.ADMIN);
    assertEquals(
        Set.of("PARTICIPANT", "TRAINER"),
        ApiTokenRules.rolesActedWith(roles, EnumSet.of(Scope.READ, Scope.REGISTER)));
    assertEquals(
        Set.of("PARTICIPANT", "TRAINER", "COORDINATOR", "ADMIN"),
        ApiTokenRules.rolesActedWith(roles, EnumSet.of(Scope.COORDINATE)));
  }

  @Test
  void scopesAreStoredInTheirOrder() {
    assertEquals(
        "READ,REGISTER,COORDINATE",
        ApiTokenRules.format(EnumSet.of(Scope.COORDINATE, Scope.READ, Scope.REGISTER)));
    assertEquals(EnumSet.of(Scope.READ, Scope.COORDINATE), ApiTokenRules.parse("READ,COORDINATE"));
    assertEquals(EnumSet.noneOf(Scope.class), ApiTokenRules.parse(""));
  }
}
