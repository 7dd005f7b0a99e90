package fr.relais.people;

import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;

/**
 * GET /api/me/tokens (the caller's tokens, never their hash), DELETE /api/me/tokens/{id} (revokes
 * one of the caller's own; anyone else's answers 404). Roles: anyone signed in.
 */
@Path("me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({
  Role.PARTICIPANT_ROLE,
  Role.TRAINER_ROLE,
  Role.COORDINATOR_ROLE,
  Role.ADMIN_ROLE,
  Role.CONTACT_ROLE
})
public class MyApiTokensResource {

  @Inject private ApiTokens tokens;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  @GET
  @TokenScope(Scope.READ)
  public List<ApiTokenJson> mine() {
    return tokens.mine(currentUser.caller()).stream()
        .map(t -> ApiTokenJson.of(t, clock.instant()))
        .toList();
  }

  @DELETE
  @Path("{id}")
  @TokenScope(Scope.REGISTER)
  public ApiTokenJson revoke(@PathParam("id") String id) {
    long tokenId = Ids.parse(id).orElseThrow(() -> new NotFoundException("token " + id));
    return ApiTokenJson.of(tokens.revoke(currentUser.caller(), tokenId), clock.instant());
  }
}
