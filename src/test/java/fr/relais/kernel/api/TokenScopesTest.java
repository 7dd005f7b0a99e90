package fr.relais.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.ApiResources;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * API tokens' scopes: every non-public resource method says the least scope a token needs (a method
 * without one is refused to every token, so a forgotten one shows here, not in production), and the
 * rule that compares them.
 */
class TokenScopesTest {

  @Test
  void everyNonPublicResourceMethodDeclaresItsScope() throws Exception {
    List<String> missing = new ArrayList<>();
    for (ApiResources.Operation o : ApiResources.all()) {
      Allowed allowed = AllowedFilter.find(o.type(), o.method());
      boolean open = allowed != null && List.of(allowed.value()).contains(Allowed.EVERYONE);
      if (!open && AllowedFilter.find(o.type(), o.method(), TokenScope.class) == null) {
        missing.add(o.request());
      }
    }
    assertEquals(List.of(), missing, "no @TokenScope");
  }

  @Test
  void registrationWritesNeedRegisterAndSessionWritesCoordinate() throws Exception {
    for (ApiResources.Operation o : ApiResources.all()) {
      TokenScope scope = AllowedFilter.find(o.type(), o.method(), TokenScope.class);
      if (o.request().equals("POST /api/sessions/{id}/registrations")
          || o.request().equals("DELETE /api/sessions/{id}/registrations/me")) {
        assertEquals(Scope.REGISTER, scope.value(), o.request());
      }
      if (o.request().equals("POST /api/sessions")
          || o.request().equals("PUT /api/sessions/{id}")) {
        assertEquals(Scope.COORDINATE, scope.value(), o.request());
      }
      if (o.request().startsWith("GET /api/me/")) {
        assertNotNull(scope, o.request());
        assertEquals(Scope.READ, scope.value(), o.request());
      }
    }
  }

  @Test
  void eachScopeCoversTheOnesBefore() {
    assertTrue(Scope.permits(Set.of(Scope.READ), Scope.READ, "GET"));
    assertTrue(Scope.permits(Set.of(Scope.REGISTER), Scope.READ, "GET"));
    assertTrue(Scope.permits(Set.of(Scope.REGISTER), Scope.REGISTER, "POST"));
    assertTrue(Scope.permits(Set.of(Scope.COORDINATE), Scope.REGISTER, "DELETE"));
    assertTrue(Scope.permits(Set.of(Scope.COORDINATE), Scope.COORDINATE, "POST"));
    assertTrue(Scope.permits(EnumSet.of(Scope.READ, Scope.COORDINATE), Scope.COORDINATE, "PUT"));
  }

  @Test
  void aScopeNeverCoversTheOnesAfter() {
    assertFalse(Scope.permits(Set.of(Scope.READ), Scope.REGISTER, "POST"));
    assertFalse(Scope.permits(Set.of(Scope.READ), Scope.COORDINATE, "GET"));
    assertFalse(Scope.permits(Set.of(Scope.REGISTER), Scope.COORDINATE, "POST"));
    assertFalse(Scope.permits(Set.of(Scope.REGISTER), Scope.COORDINATE, "GET"));
  }

  @Test
  void readOnlyReadsWhateverTheMethodDeclares() {
    assertTrue(Scope.permits(Set.of(Scope.READ), Scope.READ, "HEAD"));
    assertFalse(Scope.permits(Set.of(Scope.READ), Scope.READ, "POST"));
    assertFalse(Scope.permits(Set.of(Scope.READ), Scope.READ, "DELETE"));
  }

  @Test
  void noDeclaredScopeAndNoScopeHeldAreRefusals() {
    assertFalse(Scope.permits(EnumSet.allOf(Scope.class), null, "GET"));
    assertFalse(Scope.permits(Set.of(), Scope.READ, "GET"));
  }
}
