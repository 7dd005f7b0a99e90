package fr.relais.attendance;

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
 * GET /api/me/registrations/{id}/certificate.pdf: one's own attendance certificate, only when
 * present at least one half-day. Roles: PARTICIPANT (their own).
 */
@Path("me/registrations/{id}/certificate.pdf")
@RequestScoped
@Allowed(Role.PARTICIPANT_ROLE)
@TokenScope(Scope.READ)
public class MyCertificateResource {

  @Inject private Certificates certificates;
  @Inject private CurrentUser currentUser;

  @GET
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") String id) {
    long me = currentUser.account().orElseThrow(() -> new NotFoundException("account")).getId();
    long registration =
        Ids.parse(id).orElseThrow(() -> new NotFoundException("registration " + id));
    return Response.ok(certificates.pdfOf(registration, me))
        .header(
            "Content-Disposition", "attachment; filename=\"attestation-" + registration + ".pdf\"")
        .build();
  }
}
