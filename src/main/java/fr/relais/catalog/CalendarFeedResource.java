package fr.relais.catalog;

import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.ics.IcsCalendar;
import fr.relais.scheduling.SessionEvents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** GET /api/sessions.ics: the public programme as a calendar to subscribe to. Open to everyone. */
@Path("sessions.ics")
@RequestScoped
@Allowed(Allowed.EVERYONE)
public class CalendarFeedResource {

  @Inject private SessionEvents events;
  @Context private UriInfo uri;

  @GET
  @Produces(IcsCalendar.MEDIA_TYPE)
  public Response feed() {
    return Response.ok(events.publicFeed(uri.getBaseUri().resolve(".."), "Relais – programme"))
        .header("Content-Disposition", "inline; filename=\"relais.ics\"")
        .build();
  }
}
