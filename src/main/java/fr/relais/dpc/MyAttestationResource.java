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
 * GET /api/me/registrations/{id}/training-attestation.pdf: one's own end-of-training attestation (a
 * training action, present at least one half-day). Roles: PARTICIPANT (their own).
 */
@Path("me/registrations/{id}/training-attestation.pdf")
@RequestScoped
@Allowed(Role.PARTICIPANT_ROLE)
@TokenScope(Scope.READ)
public class MyAttestationResource {

  @Inject private Attestations attestations;
  @Inject private CurrentUser currentUser;

  @GET
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") String id) {
    long registration =
        Ids.parse(id).orElseThrow(() -> new NotFoundException("registration " + id));
    return AttestationResources.file(
        attestations.own(currentUser.caller(), registration),
        "attestation-fin-formation-" + registration + ".pdf");
  }
}
