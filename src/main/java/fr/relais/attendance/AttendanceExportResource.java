package fr.relais.attendance;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * GET /api/attendance.xlsx?from=2026-01-01&amp;to=2026-12-31: the attendance of every session
 * starting in that period (Paris dates, both included), per session {@link
 * SessionAttendanceXlsxResource}. Roles: COORDINATOR, ADMIN ({@link AttendanceExportService} checks
 * again). {@code lang=en} for English labels.
 */
@Path("attendance.xlsx")
@RequestScoped
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.COORDINATE)
public class AttendanceExportResource {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private AttendanceExportService export;
  @Inject private CurrentUser currentUser;

  @GET
  @Produces(XLSX)
  public Response period(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("lang") String lang) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    return file(
        export.period(currentUser.caller(), start, end, locale(lang)),
        "presences-" + start + "-" + end + ".xlsx");
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(
          List.of(new InvalidInput.FieldError(field, "attendanceExport." + field + ".required")));
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          List.of(new InvalidInput.FieldError(field, "attendanceExport.date.invalid")));
    }
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
