package fr.relais.registration;

import fr.relais.kernel.Csv;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/sessions/{id}/registrations.csv: who is registered, for a spreadsheet. Roles:
 * COORDINATOR, ADMIN, and TRAINER for the sessions they lead. In the language the reader chose (the
 * language cookie), French otherwise.
 */
@Path("sessions/{id}/registrations.csv")
@RequestScoped
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE, Role.TRAINER_ROLE})
@TokenScope(Scope.READ)
public class RosterCsvResource {

  @Inject private RegistrationRepository repository;
  @Inject private RosterAccess access;
  @Inject private AuditService audit;

  @GET
  @Produces(Csv.MEDIA_TYPE)
  public Response csv(@PathParam("id") String id, @CookieParam(Language.COOKIE) String language) {
    long sessionId = Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id));
    access.check(sessionId);
    audit.exported("session", sessionId, "registrations-csv");
    Texts texts = Texts.in(Language.fromCode(language).orElse(Language.fallback()));
    return Response.ok(RosterCsv.of(repository.live(sessionId), texts))
        .header(
            "Content-Disposition", "attachment; filename=\"inscriptions-" + sessionId + ".csv\"")
        .build();
  }
}
