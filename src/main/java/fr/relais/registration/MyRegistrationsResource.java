package fr.relais.registration;

import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.kernel.ics.IcsCalendar;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** GET /api/me/registrations and the .ics of one of them. Roles: PARTICIPANT (their own only). */
@Path("me/registrations")
@RequestScoped
@Allowed(Role.PARTICIPANT_ROLE)
@TokenScope(Scope.READ)
public class MyRegistrationsResource {

  @Inject private MyRegistrationsRepository mine;
  @Inject private RegistrationMails mails;
  @Inject private CurrentUser currentUser;
  @Inject private java.time.Clock clock;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<RegistrationJson> list() {
    return mine.all(me(), clock.instant()).stream()
        .map(v -> RegistrationJson.of(v.registration(), v.position()))
        .toList();
  }

  @GET
  @Path("{id: [0-9]+}.ics")
  @Produces(IcsCalendar.MEDIA_TYPE)
  public Response ics(@PathParam("id") String id) {
    Registration r =
        mine.own(me(), Ids.parse(id).orElse(0L))
            .filter(x -> x.getStatus() == RegistrationStatus.CONFIRMED)
            .orElseThrow(() -> new NotFoundException("registration " + id));
    return Response.ok(mails.invitation(r, false).write())
        .header(
            "Content-Disposition",
            "attachment; filename=\"relais-" + r.getSession().getId() + ".ics\"")
        .build();
  }

  private long me() {
    return currentUser.account().orElseThrow(() -> new NotFoundException("account")).getId();
  }
}
