package fr.relais.privacy;

import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/me/data (JSON) and /api/me/data.pdf (readable): everything Relais keeps about the
 * caller, as a JSON file (GDPR right of access). Roles: anyone signed in, for themselves only.
 */
@Path("me")
@RequestScoped
@Allowed({
  Role.PARTICIPANT_ROLE,
  Role.TRAINER_ROLE,
  Role.COORDINATOR_ROLE,
  Role.ADMIN_ROLE,
  Role.CONTACT_ROLE
})
@TokenScope(Scope.READ)
public class MyDataResource {

  @Inject private MyDataRepository data;
  @Inject private CurrentUser currentUser;
  @Inject private AuditService audit;

  @GET
  @Path("data")
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() {
    var account = currentUser.account().orElseThrow(() -> new NotFoundException("account"));
    audit.exported("account", account.getId(), "own-data-json");
    return Response.ok(data.of(account).toString())
        .header("Content-Disposition", "attachment; filename=\"mes-donnees-relais.json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** GET /api/me/data.pdf: the same, readable. */
  @GET
  @Path("data.pdf")
  @Produces("application/pdf")
  public Response pdf() {
    var account = currentUser.account().orElseThrow(() -> new NotFoundException("account"));
    audit.exported("account", account.getId(), "own-data-pdf");
    return Response.ok(MyDataPdf.of(data.of(account), account.getLanguage().locale()))
        .header("Content-Disposition", "attachment; filename=\"mes-donnees-relais.pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
