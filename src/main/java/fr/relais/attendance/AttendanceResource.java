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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * GET /api/sessions/{id}/attendance: the sign-in sheet as JSON. Roles: the session's TRAINER,
 * COORDINATOR, ADMIN.
 */
@Path("sessions/{id}/attendance")
@RequestScoped
@Allowed({Role.TRAINER_ROLE, Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.READ)
public class AttendanceResource {

  @Inject private Rosters rosters;
  @Inject private AuditService audit;

  /** A half-day and who signed it. */
  public record HalfDayJson(int index, Instant start, Instant end, String signedBy) {}

  /** One participant's status per half-day (null: not marked yet). */
  public record LineJson(long registrationId, String name, List<String> statuses) {}

  /** The sheet. */
  public record SheetJson(
      long sessionId,
      String title,
      boolean completed,
      List<HalfDayJson> halfDays,
      List<LineJson> participants) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public SheetJson get(@PathParam("id") String id) {
    RosterView r =
        rosters.of(Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id)));
    audit.viewed("session", r.sessionId(), "attendance-api");
    return new SheetJson(
        r.sessionId(),
        r.title(),
        r.completed(),
        r.halfDays().stream()
            .map(
                h ->
                    new HalfDayJson(
                        h.index(),
                        h.start(),
                        h.end(),
                        r.signed().containsKey(h.index())
                            ? r.signed().get(h.index()).trainer()
                            : null))
            .toList(),
        r.lines().stream()
            .map(
                l ->
                    new LineJson(
                        l.registrationId(),
                        l.name(),
                        l.cells().stream()
                            .map(c -> c.status() == null ? null : c.status().name())
                            .toList()))
            .toList());
  }
}
