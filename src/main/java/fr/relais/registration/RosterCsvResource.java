package fr.relais.registration;

import fr.relais.kernel.Csv;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.audit.Audit;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/sessions/{id}/registrations.csv: who is registered, for a spreadsheet. Roles:
 * COORDINATOR, ADMIN, and TRAINER for the sessions they lead.
 */
@Path("sessions/{id}/registrations.csv")
@RequestScoped
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE, Role.TRAINER_ROLE})
public class RosterCsvResource {

  @Inject private RegistrationRepository repository;
  @Inject private RosterAccess access;
  @Inject private Audit audit;

  @GET
  @Produces(Csv.MEDIA_TYPE)
  public Response csv(@PathParam("id") String id) {
    long sessionId = Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id));
    access.check(sessionId);
    audit.exported("session", sessionId, "registrations-csv");
    return Response.ok(RosterCsv.of(repository.live(sessionId)))
        .header(
            "Content-Disposition", "attachment; filename=\"inscriptions-" + sessionId + ".csv\"")
        .build();
  }
}
