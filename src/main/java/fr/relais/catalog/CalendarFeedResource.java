package fr.relais.catalog;

import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Revalidation;
import fr.relais.kernel.ics.IcsCalendar;
import fr.relais.scheduling.SessionEvents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * GET /api/sessions.ics: the public programme as a calendar to subscribe to. Open to everyone.
 *
 * <p>It holds no seat counts, and calendar applications poll it every hour or so: shared caches may
 * keep it {@link #MAX_AGE} seconds. Its ETag hashes the events without their DTSTAMP (the time of
 * writing, new on every request), so an unchanged programme answers 304.
 */
@Path("sessions.ics")
@RequestScoped
@Allowed(Allowed.EVERYONE)
public class CalendarFeedResource {

  static final int MAX_AGE = 300;
  private static final MediaType ICS = MediaType.valueOf(IcsCalendar.MEDIA_TYPE);

  @Inject private SessionEvents events;
  @Context private UriInfo uri;
  @Context private Request request;

  @GET
  @Produces(IcsCalendar.MEDIA_TYPE)
  public Response feed() {
    String feed = events.publicFeed(uri.getBaseUri().resolve(".."), "Relais – programme");
    String identity = feed.replaceAll("(?m)^DTSTAMP:.*$", "");
    return Revalidation.answer(request, identity, feed, ICS, Revalidation.publicFor(MAX_AGE))
        .header("Content-Disposition", "inline; filename=\"relais.ics\"")
        .build();
  }
}
