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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * GET /api/sessions/{id}/attendance.xlsx: a session's attendance spreadsheet. Roles: COORDINATOR,
 * ADMIN ({@link AttendanceExportService} checks again). {@code lang=en} for English labels.
 */
@Path("sessions/{id}/attendance.xlsx")
@RequestScoped
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.COORDINATE)
public class SessionAttendanceXlsxResource {

  @Inject private AttendanceExportService export;
  @Inject private CurrentUser currentUser;

  @GET
  @Produces(AttendanceExportResource.XLSX)
  public Response session(@PathParam("id") String id, @QueryParam("lang") String lang) {
    long sessionId = Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id));
    return file(
        export.session(currentUser.caller(), sessionId, locale(lang)),
        "presences-seance-" + sessionId + ".xlsx");
  }

  private static Locale locale(String lang) {
    return "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH;
  }

  static Response file(byte[] bytes, String name) {
    return Response.ok(bytes)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
