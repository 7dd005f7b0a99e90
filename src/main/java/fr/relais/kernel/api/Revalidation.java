package fr.relais.kernel.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

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
    EntityTag tag = new EntityTag(hash(identity));
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

  static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
