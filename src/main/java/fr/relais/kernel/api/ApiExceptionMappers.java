package fr.relais.kernel.api;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.DatabaseOutage;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.i18n.Texts;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every API failure becomes a JSON {"message": …}: never an HTML page, never a stack trace. */
public final class ApiExceptionMappers {

  private ApiExceptionMappers() {}

  static Locale locale(HttpHeaders headers) {
    return headers == null || headers.getAcceptableLanguages().isEmpty()
        ? Locale.FRENCH
        : headers.getAcceptableLanguages().get(0);
  }

  /** Refusals of the business rules: 404 for what does not exist, 409 for the others. */
  @Provider
  public static class Business implements ExceptionMapper<BusinessException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException refusal) {
      return refuse(refusal, locale(headers));
    }

    static Response refuse(BusinessException refusal, Locale locale) {
      Texts texts = Texts.in(locale);
      if (refusal instanceof InvalidInput invalid) {
        boolean conflict =
            invalid.getErrors().stream().anyMatch(e -> e.key().contains(".conflict."));
        List<ApiError.Field> fields =
            invalid.getErrors().stream()
                .map(e -> new ApiError.Field(e.field(), texts.get(e.key(), e.arguments())))
                .toList();
        return ApiError.response(conflict ? 409 : 400, fields.get(0).message(), fields);
      }
      String message = texts.get(refusal.getMessageKey(), refusal.getArguments());
      if (refusal instanceof NotFoundException) {
        return ApiError.response(404, message);
      }
      if (refusal.isForbidden()) {
        return ApiError.response(403, message);
      }
      if (refusal.getField().isPresent()) {
        return ApiError.response(
            400, message, List.of(new ApiError.Field(refusal.getField().get(), message)));
      }
      return ApiError.response(409, message);
    }
  }

  /** JAX-RS's own errors (404 unknown path, 405, 415…), keeping their status. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String message =
          e.getMessage() == null
              ? Response.Status.fromStatusCode(status).toString()
              : e.getMessage();
      return ApiError.response(status, message);
    }
  }

  /** Bad input refused by Bean Validation: 400 with each field's message. */
  @Provider
  public static class Violations implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<ApiError.Field> fields =
          e.getConstraintViolations().stream()
              .map(
                  v -> new ApiError.Field(lastNode(v.getPropertyPath().toString()), v.getMessage()))
              .toList();
      return ApiError.response(
          400, fields.isEmpty() ? "Invalid input" : fields.get(0).message(), fields);
    }

    private static String lastNode(String path) {
      return path.substring(path.lastIndexOf('.') + 1);
    }
  }

  /** Anything else: logged for admins, a plain 500 for the caller. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException e) {
      Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof BusinessException refusal) {
        return Business.refuse(refusal, locale(headers));
      }
      if (cause instanceof ConstraintViolationException violations) {
        return new Violations().toResponse(violations);
      }
      if (cause instanceof jakarta.ws.rs.ProcessingException) {
        return ApiError.response(400, "Malformed request body");
      }
      if (DatabaseOutage.causedBy(e)) {
        LOG.log(Level.WARNING, "API request failed: the database is unreachable", e);
        return Response.fromResponse(ApiError.response(503, "Database unavailable, try again"))
            .header("Retry-After", "5")
            .build();
      }
      LOG.log(Level.SEVERE, "API request failed", e);
      return ApiError.response(500, "Internal error");
    }
  }
}
