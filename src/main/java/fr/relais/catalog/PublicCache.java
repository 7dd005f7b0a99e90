package fr.relais.catalog;

import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.web.PublicPaths;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What anonymous visitors get from the public side — the catalogue and session pages, {@code GET
 * /api/sessions[/{id}]} and the {@code .ics} feed — kept for a second ({@code
 * relais.catalogue.cache-millis}, 0 = off): when a mailing sends thousands of people to the same
 * URLs, each answer is built about once a second instead of once per visitor (docs/performance.md).
 * Only GETs with no credentials, no cookie but the language one and no revalidation (If-None-Match
 * goes to the resource, which answers 304), so nothing personal is ever kept; only whole 200
 * answers that set no cookie. Every page gets its own CSP nonce: the kept page's nonce is replaced
 * in the header and the page (anonymous pages are stateless, PrimeFaces keeps no nonce for them on
 * the server).
 */
@WebFilter(urlPatterns = "/*")
public class PublicCache extends HttpFilter {

  static final String HIT_HEADER = "X-Relais-Cache";
  private static final Set<String> KEPT_TYPES =
      Set.of("text/html", "application/json", "text/calendar");
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final int MAX_PAGES = 512;

  @Inject
  @ConfigProperty(name = "relais.catalogue.cache-millis", defaultValue = "1000")
  long keepMillis;

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  private record Kept(
      long until, byte[] body, String contentType, List<String[]> headers, String nonce) {}

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String key = keyOf(request);
    if (key == null) {
      chain.doFilter(request, response);
      return;
    }
    Kept page = kept.get(key);
    if (page != null && page.until() > System.currentTimeMillis()) {
      replay(page, response);
      return;
    }
    Capture capture = new Capture(response);
    chain.doFilter(request, capture);
    byte[] body = capture.body();
    Kept fresh = capture.keepable() ? keep(capture, body) : null;
    if (fresh != null) {
      if (kept.size() >= MAX_PAGES) {
        kept.clear(); // a crawler walking every filter combination: start again
      }
      kept.put(key, fresh);
    }
    if (!capture.answeredElsewhere) {
      response.getOutputStream().write(body);
    }
  }

  /** The cache key, or null when this request must be rendered for itself. */
  private String keyOf(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (keepMillis <= 0
        || !"GET".equals(request.getMethod())
        || request.getUserPrincipal() != null
        || request.getHeader("Authorization") != null
        || request.getHeader("If-None-Match") != null
        || !PublicPaths.isPublic(path)) {
      return null;
    }
    String language = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (!Language.COOKIE.equals(cookie.getName())) {
          return null; // a session, a flash message: not the anonymous page everyone gets
        }
        language = cookie.getValue();
      }
    }
    return request.getRequestURI() + '?' + request.getQueryString() + '|' + language;
  }

  private Kept keep(Capture capture, byte[] body) {
    String nonce = null;
    for (String[] header : capture.headers) {
      Matcher found = NONCE.matcher(header[1]);
      if ("Content-Security-Policy".equalsIgnoreCase(header[0]) && found.find()) {
        nonce = found.group(1);
      }
    }
    if (nonce == null && capture.getContentType().startsWith("text/html")) {
      return null; // a page without a nonce to renew: never share it
    }
    return new Kept(
        System.currentTimeMillis() + keepMillis,
        body,
        capture.getContentType(),
        List.copyOf(capture.headers),
        nonce);
  }

  private static void replay(Kept page, HttpServletResponse response) throws IOException {
    String nonce =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    String old = page.nonce();
    for (String[] header : page.headers()) {
      response.addHeader(header[0], old == null ? header[1] : header[1].replace(old, nonce));
    }
    response.setContentType(page.contentType());
    response.setHeader(HIT_HEADER, "hit");
    if (old == null) {
      response.getOutputStream().write(page.body());
      return;
    }
    Charset charset = Charset.forName(response.getCharacterEncoding());
    response
        .getOutputStream()
        .write(new String(page.body(), charset).replace(old, nonce).getBytes(charset));
  }

  /** Keeps what the page wrote, and the headers it set, for a copy. */
  private static final class Capture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    private final List<String[]> headers = new ArrayList<>();
    private boolean shareable = true;

    /** An error page or a redirect answers instead of what was written here. */
    private boolean answeredElsewhere;

    private PrintWriter writer;
    private ServletOutputStream stream;

    Capture(HttpServletResponse response) {
      super(response);
    }

    boolean keepable() {
      String type = String.valueOf(getContentType()).split(";")[0].trim();
      return shareable && getStatus() == 200 && KEPT_TYPES.contains(type);
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toByteArray();
    }

    @Override
    public void setHeader(String name, String value) {
      record(name, value, true);
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      record(name, value, false);
      super.addHeader(name, value);
    }

    private void record(String name, String value, boolean replace) {
      if ("Set-Cookie".equalsIgnoreCase(name)) {
        shareable = false;
      }
      if (replace) {
        headers.removeIf(h -> h[0].equalsIgnoreCase(name));
      }
      headers.add(new String[] {name, value});
    }

    @Override
    public void addCookie(Cookie cookie) {
      shareable = false;
      super.addCookie(cookie);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      shareable = false;
      answeredElsewhere = true;
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      shareable = false;
      answeredElsewhere = true;
      super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      shareable = false;
      answeredElsewhere = true;
      super.sendRedirect(location);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                bytes.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer =
            new PrintWriter(
                new OutputStreamWriter(bytes, Charset.forName(getCharacterEncoding())), false);
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      // Held until the whole page is written.
    }
  }
}
