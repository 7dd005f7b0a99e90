package fr.relais.kernel.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
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

  /**
   * The same body written by a servlet filter, for what is refused before JAX-RS (a body too large)
   * or by JAX-RS without its mappers (a Content-Type it cannot parse).
   */
  public static void write(HttpServletResponse response, int status, String message)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("errors", Json.createArrayBuilder())
                .add("message", message)
                .build()
                .toString());
  }

  public static Response response(int status, String message, List<Field> errors) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(message, errors))
        .build();
  }
}
