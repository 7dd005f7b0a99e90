package fr.relais.kernel.web;

import fr.relais.kernel.api.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, before anything reads them, the requests Relais cannot read: a body over {@link
 * #MAX_BODY_BYTES} (413) and, on the API, a Content-Type that names no media type (415). Form
 * bodies are read as UTF-8. OPTIONS on a page is answered here (204 and Allow). On the API every
 * error the container or JAX-RS sends without a body of ours (sendError) becomes Relais's JSON
 * error; pages get Relais's error page (web.xml).
 */
public class ReadableRequests extends HttpFilter {

  /** Far above the largest legitimate post, a drawn signature of at most 200 KB in base64. */
  static final long MAX_BODY_BYTES = 1024 * 1024;

  static final String PAGE_METHODS = "GET, HEAD, POST, OPTIONS";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/");
    HttpServletResponse answer = api ? new JsonErrors(response) : response;
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      answer.sendError(413);
      return;
    }
    String type = request.getHeader("Content-Type");
    if (api && type != null && !type.contains("/")) {
      answer.sendError(415);
      return;
    }
    if (!api && "OPTIONS".equals(request.getMethod())) {
      // Faces would render the page itself; the answer is only what a page accepts.
      response.setHeader("Allow", PAGE_METHODS);
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    chain.doFilter(request, answer);
  }

  /** The API's errors in the API's shape, whoever sends them. */
  private static final class JsonErrors extends HttpServletResponseWrapper {

    JsonErrors(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      sendError(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      if (isCommitted()) {
        super.sendError(status);
        return;
      }
      ApiError.write(this, status, reason(status));
    }

    /** The standard phrase only: the container's message may name its own classes. */
    private static String reason(int status) {
      return switch (status) {
        case 400 -> "Bad request";
        case 404 -> "Not found";
        case 405 -> "Method not allowed";
        case 413 -> "Request too large";
        case 415 -> "Unsupported media type";
        default -> status >= 500 ? "Internal error" : "Request refused";
      };
    }
  }
}
