package fr.relais.reporting;

import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * GET /api/reports/{activity|satisfaction|wellbeing}?year=2026[&lang=en]: a year's dashboard as
 * JSON, with the same small-cell suppression as the pages. Roles: COORDINATOR, ADMIN.
 */
@Path("reports")
@RequestScoped
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.COORDINATE)
public class ReportsResource {

  @Inject private Reports reports;

  @GET
  @Path("{kind: activity|satisfaction|wellbeing}")
  @Produces(MediaType.APPLICATION_JSON)
  public ReportJson get(
      @PathParam("kind") String kind,
      @QueryParam("year") String year,
      @QueryParam("lang") String lang) {
    Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH;
    Reports.Kind which = Reports.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    return ReportJson.of(
        reports.build(which, ReportFilter.year(ReportFilter.parseYear(year)), locale), locale);
  }
}
