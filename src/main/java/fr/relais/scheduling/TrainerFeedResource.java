package fr.relais.scheduling;

import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.ics.IcsCalendar;
import fr.relais.trainers.TrainerRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * GET /api/trainers/{token}/sessions.ics: a trainer's own sessions, for their phone's calendar.
 * Open to anyone holding the secret token (calendar apps cannot sign in); the trainer can renew it
 * from "Mes séances".
 */
@Path("trainers/{token}/sessions.ics")
@RequestScoped
@Allowed(Allowed.EVERYONE)
public class TrainerFeedResource {

  @Inject private TrainerRepository trainers;
  @Inject private SessionEvents events;
  @Context private UriInfo uri;

  @GET
  @Produces(IcsCalendar.MEDIA_TYPE)
  public Response feed(@PathParam("token") String token) {
    var profile = trainers.byFeedToken(token).orElseThrow(() -> new NotFoundException("feed"));
    String name = "Relais – " + profile.getAccount().getDisplayName();
    return Response.ok(
            events.trainerFeed(profile.getAccountId(), uri.getBaseUri().resolve(".."), name))
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
