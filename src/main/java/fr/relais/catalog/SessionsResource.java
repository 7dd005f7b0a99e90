package fr.relais.catalog;

import fr.relais.catalog.CatalogueFilterParser.InvalidFilterException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.ApiError;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The public catalogue as JSON: GET /api/sessions (same filters as the page, as query parameters,
 * plus page and size) and GET /api/sessions/{id}. Open to everyone.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Allowed(Allowed.EVERYONE)
public class SessionsResource {

  static final int MAX_PAGE_SIZE = 100;

  @Inject private CatalogueQuery catalogue;
  @Context private UriInfo uri;

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
    return Response.ok(sessions).header("X-Total-Count", catalogue.count(filter)).build();
  }

  @GET
  @Path("{id}")
  public SessionJson one(@PathParam("id") String id) {
    return Ids.parse(id)
        .flatMap(catalogue::find)
        .map(SessionJson::of)
        .orElseThrow(() -> new NotFoundException(id));
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
