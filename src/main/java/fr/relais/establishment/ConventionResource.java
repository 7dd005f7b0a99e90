package fr.relais.establishment;

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
 * GET /api/conventions/{id}.pdf: one version of a convention, the very bytes written when it was
 * proposed (so every download is the same file, the one accepted). Roles: CONTACT (their own
 * establishment's; anyone else's is 404), COORDINATOR, ADMIN.
 */
@Path("conventions/{id}.pdf")
@RequestScoped
@Allowed({Role.CONTACT_ROLE, Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.READ)
public class ConventionResource {

  @Inject private ConventionService conventions;
  @Inject private CurrentUser currentUser;

  @GET
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") String id) {
    long conventionId = Ids.parse(id).orElseThrow(() -> new NotFoundException("convention " + id));
    Convention convention = conventions.find(currentUser.caller(), conventionId);
    return Response.ok(convention.getPdf())
        .header("Content-Disposition", "attachment; filename=\"" + fileName(convention) + "\"")
        .build();
  }

  /** "convention-formation-12-v2.pdf": the request's number and the version. */
  static String fileName(Convention c) {
    return "convention-formation-" + c.getRequest().getId() + "-v" + c.getNumber() + ".pdf";
  }
}
