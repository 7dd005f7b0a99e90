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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * GET /api/sessions/{id}/dpc-participants.xlsx: a DPC session's participant list for the ANDPC.
 * Roles: COORDINATOR, ADMIN ({@link DpcParticipants} checks again). {@code lang=en} for English.
 */
@Path("sessions/{id}/dpc-participants.xlsx")
@RequestScoped
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.COORDINATE)
public class DpcListResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private DpcParticipants participants;
  @Inject private CurrentUser currentUser;

  @GET
  @Produces(XLSX)
  public Response xlsx(@PathParam("id") String id, @QueryParam("lang") String lang) {
    long session = Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id));
    return AttestationResources.file(
        participants.xlsx(
            currentUser.caller(), session, "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH),
        "dpc-participants-seance-" + session + ".xlsx");
  }
}
