package fr.relais.catalog;

import fr.relais.catalog.CatalogueFilterParser.InvalidFilterException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.ApiError;
import fr.relais.kernel.api.JsonConfig;
import fr.relais.kernel.api.Revalidation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The public catalogue as JSON: GET /api/sessions (same filters as the page, as query parameters,
 * plus page and size) and GET /api/sessions/{id}. Open to everyone.
 *
 * <p>Both carry an ETag (a hash of the answer) and answer 304 to a matching If-None-Match. They may
 * be kept {@link #MAX_AGE} seconds by browsers and shared caches: seat counts change with every
 * registration, and a few seconds is what a visitor can be shown without being misled (registering
 * checks the seats again). docs/performance.md has the figures.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Allowed(Allowed.EVERYONE)
public class SessionsResource {

  static final int MAX_PAGE_SIZE = 100;
  static final int MAX_AGE = 5;

  @Inject private CatalogueRepository catalogue;
  @Context private UriInfo uri;
  @Context private Request request;

  @GET
  public Response list(
      @QueryParam("page") @DefaultValue("0") String pageParam,
      @QueryParam("size") @DefaultValue("20") String sizeParam) {
    CatalogueFilter filter;
    int page;
    int size;
    try {
      filter = CatalogueFilterParser.strict().parse(uri.getQueryParameters()::getFirst);
      page = boundedInt("page", pageParam, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
      size = boundedInt("size", sizeParam, 1, MAX_PAGE_SIZE);
    } catch (InvalidFilterException nonsense) {
      return ApiError.response(Response.Status.BAD_REQUEST, nonsense.getMessage());
    }
    List<SessionJson> sessions =
        catalogue.page(filter, page * size, size).stream().map(SessionJson::of).toList();
    long total = catalogue.count(filter);
    String body = JsonConfig.toJson(sessions);
    return Revalidation.answer(
            request,
            total + "\n" + body,
            body,
            MediaType.APPLICATION_JSON_TYPE,
            Revalidation.publicFor(MAX_AGE))
        .header("X-Total-Count", total)
        .build();
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id) {
    String body =
        Ids.parse(id)
            .flatMap(catalogue::find)
            .map(SessionJson::of)
            .map(JsonConfig::toJson)
            .orElseThrow(() -> new NotFoundException(id));
    return Revalidation.answer(
            request, body, body, MediaType.APPLICATION_JSON_TYPE, Revalidation.publicFor(MAX_AGE))
        .build();
  }

  private static int boundedInt(String name, String raw, int min, int max) {
    try {
      int value = Integer.parseInt(raw.strip());
      if (value < min || value > max) {
        throw new InvalidFilterException(name);
      }
      return value;
    } catch (NumberFormatException nonsense) {
      throw new InvalidFilterException(name);
    }
  }
}
