package fr.relais.dpc;

import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/sessions/{id}/training-attestations.zip: a session's end-of-training attestations (those
 * present). Roles: COORDINATOR, ADMIN ({@link Attestations} checks again).
 */
@Path("sessions/{id}/training-attestations.zip")
@RequestScoped
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.COORDINATE)
public class SessionAttestationsResource {

  @Inject private Attestations attestations;
  @Inject private CurrentUser currentUser;

  @GET
  @Produces("application/zip")
  public Response zip(@PathParam("id") String id) {
    long session = Ids.parse(id).orElseThrow(() -> new NotFoundException("session"));
    return AttestationResources.file(
        attestations.zip(currentUser.caller(), session),
        "attestations-fin-formation-seance-" + session + ".zip");
  }
}
