package fr.relais.catalog;

import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.web.PublicPaths;
import fr.relais.kernel.web.SessionToken;
import fr.relais.people.RelaisAuthenticationMechanism;
import fr.relais.people.Role;
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
import jakarta.servlet.http.HttpSession;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 *
 * <p>The catalogue is also served from a copy to signed-in people (issue 18): its page is the same
 * for everyone but the header's menu ({@code <nav id="main-nav">}), so a signed-in GET gets the
 * shared part of a copy of up to a second with the menu of their roles on that page, kept from an
 * earlier rendering with their first name and sign-out token left as placeholders and filled in for
 * them. The shared part of a signed-in rendering is kept only if it holds none of these.
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

  static final String COMPOSED_HEADER_VALUE = "personal";

  /** The request attribute the layout prints instead of the first name when it is set. */
  static final String NAME_SLOT_ATTRIBUTE = "relais.nameSlot";

  private static final String NAME_SLOT = "relais-slot-first-name-5c1d";
  private static final String TOKEN_SLOT = "relais-slot-token-5c1d";
  private static final String NAV_START = "<nav id=\"main-nav\"";
  private static final String NAV_END = "</nav>";
  private static final Set<String> COMPOSED = Set.of("/", "/catalog/", "/catalog/index");

  /**
   * Faces' flash cookie stays for the whole session once set (at sign-in); its value changes when a
   * post-back keeps messages for the next page. A value already rendered for this session holds
   * nothing new, so the page may be composed; a new one is rendered in full for them, and nothing
   * of that rendering is kept (its messages are theirs).
   */
  private static final String FLASH_COOKIE = "csfcfc";

  private static final String FLASH_SEEN = "relais.flashSeen";

  /**
   * With {@code <distributable/>} Payara adds {@code JSESSIONIDVERSION} to the session cookie (the
   * version of the session the browser last saw, for clustered mode): part of the session id, not
   * of the page.
   */
  private static final Set<String> COMPOSABLE_COOKIES =
      Set.of(Language.COOKIE, "JSESSIONID", "JSESSIONIDVERSION", FLASH_COOKIE);

  private static final int MAX_MENUS = 64;
  private static final long MENU_MILLIS = 60_000;
  private static final long WAIT_MILLIS = 3_000;

  /** A page of {@link #COMPOSED} without its menu, by URL and language. */
  private record Shared(
      long until,
      String before,
      String after,
      String contentType,
      List<String[]> headers,
      String nonce) {}

  /** A signed-in menu with its placeholders, by roles and language. */
  private record Menu(long until, String html) {}

  private final Map<String, Shared> shared = new ConcurrentHashMap<>();
  private final Map<String, Menu> menus = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String key = keyOf(request);
    if (key == null) {
      String firstName = composable(request);
      if (firstName == null) {
        chain.doFilter(request, response);
      } else {
        composed(request, response, chain, firstName);
      }
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
      if (isComposed(request)) {
        keepShared(
            key, fresh.headers(), fresh.contentType(), fresh.nonce(), decoded(capture, body));
      }
    }
    if (!capture.answeredElsewhere) {
      response.getOutputStream().write(body);
    }
  }

  private static boolean isComposed(HttpServletRequest request) {
    return COMPOSED.contains(request.getRequestURI().substring(request.getContextPath().length()));
  }

  /**
   * The first name of a signed-in person whose GET of the catalogue may be composed from the copy,
   * or null: only with their session cookie (and the language one), nothing else that could make
   * the page theirs (a flash message's cookie, credentials, a revalidation).
   */
  private String composable(HttpServletRequest request) {
    if (keepMillis <= 0
        || !"GET".equals(request.getMethod())
        || request.getUserPrincipal() == null
        || request.getHeader("Authorization") != null
        || request.getHeader("If-None-Match") != null
        || request.getSession(false) == null
        || !isComposed(request)
        || !(request.getAttribute(RelaisAuthenticationMechanism.FIRST_NAME)
            instanceof String name)) {
      return null;
    }
    Cookie[] cookies = request.getCookies();
    for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
      if (!COMPOSABLE_COOKIES.contains(cookie.getName())) {
        return null;
      }
    }
    return name;
  }

  private void composed(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, String name)
      throws IOException, ServletException {
    String pageKey =
        request.getRequestURI() + '?' + request.getQueryString() + '|' + language(request);
    // The menu's language link comes back to this URL: one menu per roles and page.
    String menuKey = rolesOf(request) + '|' + pageKey;
    String token = SessionToken.of(request);
    String flash = cookie(request, FLASH_COOKIE);
    HttpSession session = request.getSession(false);
    if (flash != null && (session == null || !flash.equals(session.getAttribute(FLASH_SEEN)))) {
      renderForThem(request, response, chain, null, null, name, token);
      if (session != null && response.getStatus() == 200) {
        session.setAttribute(FLASH_SEEN, flash);
      }
      return;
    }
    if (serveComposed(pageKey, menuKey, name, token, response)) {
      return;
    }
    // A crowd arriving at once waits for one rendering rather than rendering the page each.
    String both = pageKey + '#' + menuKey;
    CompletableFuture<Void> mine = new CompletableFuture<>();
    CompletableFuture<Void> other = rendering.putIfAbsent(both, mine);
    if (other != null) {
      try {
        other.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException slow) {
        // render it here
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      if (serveComposed(pageKey, menuKey, name, token, response)) {
        return;
      }
    }
    try {
      renderForThem(request, response, chain, pageKey, menuKey, name, token);
    } finally {
      if (other == null) {
        rendering.remove(both, mine);
        mine.complete(null);
      }
    }
  }

  /**
   * Their page rendered in full, its menu (and shared part, if clean) kept for the next ones unless
   * the keys are null.
   */
  private void renderForThem(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String pageKey,
      String menuKey,
      String name,
      String token)
      throws IOException, ServletException {
    Capture capture = new Capture(response);
    request.setAttribute(NAME_SLOT_ATTRIBUTE, NAME_SLOT);
    try {
      chain.doFilter(request, capture);
    } finally {
      request.removeAttribute(NAME_SLOT_ATTRIBUTE); // an error page renders after, for them alone
    }
    if (capture.answeredElsewhere) {
      return;
    }
    byte[] body = capture.body();
    Charset charset = Charset.forName(capture.getCharacterEncoding());
    String html = new String(body, charset);
    Kept page = capture.keepable() && pageKey != null ? keep(capture, body) : null;
    if (page != null && page.nonce() != null) {
      int start = html.indexOf(NAV_START);
      int end = start < 0 ? -1 : html.indexOf(NAV_END, start);
      String menu = end < 0 ? "" : html.substring(start, end + NAV_END.length());
      if (!menu.isEmpty() && !token.isEmpty() && !menu.contains(page.nonce())) {
        if (menus.size() >= MAX_MENUS) {
          menus.clear();
        }
        menus.put(
            menuKey,
            new Menu(System.currentTimeMillis() + MENU_MILLIS, menu.replace(token, TOKEN_SLOT)));
        keepShared(pageKey, page.headers(), page.contentType(), page.nonce(), html, token);
      }
    }
    response.getOutputStream().write(html.replace(NAME_SLOT, escaped(name)).getBytes(charset));
  }

  private void keepShared(
      String key,
      List<String[]> headers,
      String contentType,
      String nonce,
      String html,
      String... personal) {
    int start = html.indexOf(NAV_START);
    int end = start < 0 ? -1 : html.indexOf(NAV_END, start);
    if (end < 0 || nonce == null) {
      return;
    }
    String before = html.substring(0, start);
    String after = html.substring(end + NAV_END.length());
    for (String mark : personal) {
      if (mark.isEmpty() || before.contains(mark) || after.contains(mark)) {
        return;
      }
    }
    for (String mark : new String[] {NAME_SLOT, TOKEN_SLOT, "/signout"}) {
      if (before.contains(mark) || after.contains(mark)) {
        return; // something personal outside the menu: never share it
      }
    }
    if (shared.size() >= MAX_PAGES) {
      shared.clear();
    }
    shared.put(
        key,
        new Shared(
            System.currentTimeMillis() + keepMillis, before, after, contentType, headers, nonce));
  }

  private boolean serveComposed(
      String pageKey, String menuKey, String name, String token, HttpServletResponse response)
      throws IOException {
    long now = System.currentTimeMillis();
    Shared page = shared.get(pageKey);
    Menu menu = menus.get(menuKey);
    if (page == null
        || page.until() <= now
        || menu == null
        || menu.until() <= now
        || token.isEmpty()) {
      return false;
    }
    String nonce = freshNonce();
    for (String[] header : page.headers()) {
      response.addHeader(header[0], header[1].replace(page.nonce(), nonce));
    }
    response.setContentType(page.contentType());
    response.setHeader(HIT_HEADER, COMPOSED_HEADER_VALUE);
    Charset charset = Charset.forName(response.getCharacterEncoding());
    String html =
        page.before().replace(page.nonce(), nonce)
            + menu.html().replace(NAME_SLOT, escaped(name)).replace(TOKEN_SLOT, token)
            + page.after().replace(page.nonce(), nonce);
    response.getOutputStream().write(html.getBytes(charset));
    return true;
  }

  private static String decoded(Capture capture, byte[] body) {
    return new String(body, Charset.forName(capture.getCharacterEncoding()));
  }

  /** The roles the request's caller holds, as a key. */
  private static String rolesOf(HttpServletRequest request) {
    StringBuilder roles = new StringBuilder();
    for (Role role : Role.values()) {
      if (request.isUserInRole(role.name())) {
        roles.append(role.name()).append(',');
      }
    }
    return roles.toString();
  }

  private static String language(HttpServletRequest request) {
    String language = cookie(request, Language.COOKIE);
    return language == null ? "" : language;
  }

  private static String cookie(HttpServletRequest request, String name) {
    String value = null;
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (name.equals(cookie.getName())) {
          value = cookie.getValue();
        }
      }
    }
    return value;
  }

  /** Text for HTML, as Faces escapes a parameter. */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String freshNonce() {
    return Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
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
    String nonce = freshNonce();
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
