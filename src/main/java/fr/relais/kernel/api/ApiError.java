package fr.relais.kernel.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every API error: {"message": "..."}. */
public record ApiError(String message) {

  public static Response response(Response.Status status, String message) {
    return response(status.getStatusCode(), message);
  }

  public static Response response(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(message))
        .build();
  }
}
