package fr.relais.attendance;

import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/sessions/{id}/certificates.zip: every certificate of a session. Roles: COORDINATOR,
 * ADMIN.
 */
@Path("sessions/{id}/certificates.zip")
@RequestScoped
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.COORDINATE)
public class CertificatesResource {

  @Inject private Certificates certificates;
  @Inject private AuditService audit;

  @GET
  @Produces("application/zip")
  public Response zip(@PathParam("id") String id) {
    long sessionId = Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id));
    byte[] zip = certificates.zip(sessionId);
    audit.exported("session", sessionId, "certificates-zip");
    return Response.ok(zip)
        .header(
            "Content-Disposition", "attachment; filename=\"attestations-" + sessionId + ".zip\"")
        .build();
  }
}
