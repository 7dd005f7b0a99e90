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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/sessions/{id}/sign-in-sheet.pdf?halfDay=0[&blank=true]: a half-day's sign-in sheet.
 * Roles: the session's TRAINER, COORDINATOR, ADMIN.
 */
@Path("sessions/{id}/sign-in-sheet.pdf")
@RequestScoped
@Allowed({Role.TRAINER_ROLE, Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.READ)
public class SheetResource {

  @Inject private Rosters rosters;
  @Inject private SheetArchiveService archive;
  @Inject private AuditService audit;

  @GET
  @Produces("application/pdf")
  public Response pdf(
      @PathParam("id") String id,
      @QueryParam("halfDay") @DefaultValue("0") int halfDay,
      @QueryParam("blank") @DefaultValue("false") boolean blank) {
    RosterView roster =
        rosters.of(Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id)));
    if (halfDay < 0 || halfDay >= roster.halfDays().size()) {
      throw new NotFoundException("half-day " + halfDay);
    }
    audit.exported("session", roster.sessionId(), "sign-in-sheet-pdf");
    return Response.ok(archive.pdf(roster, halfDay, blank))
        .header(
            "Content-Disposition",
            "attachment; filename=\"emargement-"
                + roster.sessionId()
                + "-"
                + (halfDay + 1)
                + (blank ? "-vierge" : "")
                + ".pdf\"")
        .build();
  }
}
