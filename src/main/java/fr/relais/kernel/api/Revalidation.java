package fr.relais.kernel.api;

import fr.relais.kernel.Tokens;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Conditional GET for public answers: a strong ETag from a hash of what the answer says, and 304
 * Not Modified when the client's If-None-Match still matches. The hash is of the answer itself, so
 * a changed seat count is a new ETag at once (no "programme version" to keep in step); what it
 * saves is the body on the wire and the client's parsing, not the query (docs/performance.md).
 */
public final class Revalidation {

  private Revalidation() {}

  /**
   * The answer, or a 304 if the request's If-None-Match names it. The tag is computed from {@code
   * identity} (the body, or what in it matters), the body sent is {@code body}.
   */
  public static Response.ResponseBuilder answer(
      Request request, String identity, String body, MediaType type, String cacheControl) {
    EntityTag tag = new EntityTag(Tokens.hash(identity)); // SHA-256, as for mailed links
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).header("Cache-Control", cacheControl);
    }
    return Response.ok(body, type).tag(tag).header("Cache-Control", cacheControl);
  }

  /** Cache-Control: cacheable by browsers and shared caches for that many seconds. */
  public static String publicFor(int seconds) {
    return "public, max-age=" + seconds;
  }
}
