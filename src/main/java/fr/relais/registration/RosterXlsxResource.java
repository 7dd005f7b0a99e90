package fr.relais.registration;

import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Role;
import fr.relais.scheduling.SessionRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/sessions/{id}/registrations.xlsx: the registrations CSV as a workbook. Roles:
 * COORDINATOR, ADMIN, and TRAINER for the sessions they lead; audited like the CSV.
 */
@Path("sessions/{id}/registrations.xlsx")
@RequestScoped
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE, Role.TRAINER_ROLE})
@TokenScope(Scope.READ)
public class RosterXlsxResource {

  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private RegistrationRepository repository;
  @Inject private SessionRepository sessions;
  @Inject private RosterAccess access;
  @Inject private AuditService audit;

  @GET
  @Produces(MEDIA_TYPE)
  public Response xlsx(@PathParam("id") String id, @CookieParam(Language.COOKIE) String language) {
    long sessionId = Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id));
    access.check(sessionId);
    String title =
        sessions
            .findComplete(sessionId)
            .orElseThrow(() -> new NotFoundException("session " + id))
            .getActivity()
            .getTitle();
    audit.exported("session", sessionId, "registrations-xlsx");
    Texts texts = Texts.in(Language.fromCode(language).orElse(Language.fallback()));
    return Response.ok(RosterCsv.xlsx(title, repository.live(sessionId), texts))
        .header(
            "Content-Disposition", "attachment; filename=\"inscriptions-" + sessionId + ".xlsx\"")
        .build();
  }
}
