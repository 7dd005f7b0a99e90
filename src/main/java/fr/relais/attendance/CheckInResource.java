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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** POST /api/sessions/{id}/check-in {"code": "…"}: a participant checks in. Roles: PARTICIPANT. */
@Path("sessions/{id}/check-in")
@RequestScoped
@Allowed(Role.PARTICIPANT_ROLE)
@TokenScope(Scope.REGISTER)
public class CheckInResource {

  @Inject private AttendanceService attendance;
  @Inject private CurrentUser currentUser;

  /** The code shown as a QR code or read out in the call. */
  public record CheckIn(String code) {}

  /** The status recorded: PRESENT, or LATE after the first quarter of an hour. */
  public record CheckedIn(long sessionId, String status) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public CheckedIn checkIn(@PathParam("id") String id, CheckIn body) {
    long sessionId = Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id));
    AttendanceStatus status =
        attendance.checkIn(
            currentUser.caller(), sessionId, body == null ? null : body.code(), CheckInMethod.CODE);
    return new CheckedIn(sessionId, status.name());
  }
}
