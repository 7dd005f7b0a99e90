package fr.relais.people;

import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.AllowedFilter;
import fr.relais.kernel.api.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * POST /api/tokens: an API token for the account whose e-mail and password are in the body
 * (anonymous: the body is the proof), throttled like the sign-in form. 201 with the token, shown
 * this once; 401 for a wrong e-mail or password; 429 with Retry-After after too many failures.
 */
@Path("tokens")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Allowed.EVERYONE)
public class ApiTokensResource {

  /** How long a throttled client is told to wait: the throttle's first lock. */
  static final String RETRY_AFTER = "60";

  @Inject private ApiTokens tokens;
  @Context private HttpServletRequest http;

  public record Request(
      String email, String password, String name, List<String> scopes, Integer days) {}

  @POST
  public Response create(Request request) {
    if (request == null) {
      return ApiError.response(400, "A JSON body with email and password is required");
    }
    try {
      ApiTokens.Created made =
          tokens.create(
              request.email(),
              request.password(),
              new ApiTokens.Wish(request.name(), request.scopes(), request.days()),
              http.getRemoteAddr());
      return Response.status(201).entity(ApiTokenJson.Created.of(made)).build();
    } catch (ApiTokens.CredentialsRefused refused) {
      if (refused.isThrottled()) {
        return Response.fromResponse(
                ApiError.response(429, "Too many failed attempts: try again later"))
            .header("Retry-After", RETRY_AFTER)
            .build();
      }
      return Response.fromResponse(ApiError.response(401, "Wrong e-mail or password"))
          .header("WWW-Authenticate", AllowedFilter.CHALLENGE)
          .build();
    }
  }
}
