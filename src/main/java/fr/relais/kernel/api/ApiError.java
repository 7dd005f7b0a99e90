package fr.relais.kernel.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The body of every API error: {"message": "...", "errors": [{"field": ..., "message": ...}]}
 * (errors only for bad input, one per field).
 */
public record ApiError(String message, List<Field> errors) {

  /** What is wrong with one field of the request. */
  public record Field(String field, String message) {}

  public static Response response(Response.Status status, String message) {
    return response(status.getStatusCode(), message);
  }

  public static Response response(int status, String message) {
    return response(status, message, List.of());
  }

  public static Response response(int status, String message, List<Field> errors) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(message, errors))
        .build();
  }
}
