package fr.relais.attendance;

import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.QrCodes;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.notification.MailSettings;
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
 * GET /api/sessions/{id}/check-in-qr.png: the QR code of the current check-in code, linking to the
 * check-in page. Roles: the session's TRAINER, COORDINATOR, ADMIN.
 */
@Path("sessions/{id}/check-in-qr.png")
@RequestScoped
@Allowed({Role.TRAINER_ROLE, Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.READ)
public class CheckInQrResource {

  @Inject private AttendanceService attendance;
  @Inject private MailSettings settings;
  @Inject private CurrentUser currentUser;

  @GET
  @Produces("image/png")
  public Response qr(@PathParam("id") String id) {
    long sessionId = Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id));
    String code = attendance.currentCode(currentUser.caller(), sessionId);
    return Response.ok(QrCodes.png(checkInUrl(settings.publicUrl(), sessionId, code), 480))
        .header("Cache-Control", "no-store")
        .build();
  }

  public static String checkInUrl(String base, long sessionId, String code) {
    return base + "/attendance/checkin?s=" + sessionId + "&c=" + code;
  }
}
