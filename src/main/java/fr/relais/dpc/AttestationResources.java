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
 * GET /api/registrations/{id}/training-attestation.pdf: one participant's end-of-training
 * attestation. Roles: COORDINATOR, ADMIN ({@link Attestations} checks again).
 */
@Path("registrations/{id}/training-attestation.pdf")
@RequestScoped
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.COORDINATE)
public class AttestationResources {

  @Inject private Attestations attestations;
  @Inject private CurrentUser currentUser;

  @GET
  @Produces("application/pdf")
  public Response one(@PathParam("id") String id) {
    long registration = Ids.parse(id).orElseThrow(() -> new NotFoundException("registration"));
    return file(
        attestations.any(currentUser.caller(), registration),
        "attestation-fin-formation-" + registration + ".pdf");
  }

  static Response file(byte[] bytes, String name) {
    return Response.ok(bytes)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
