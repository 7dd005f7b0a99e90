package fr.relais.kernel.web;

import fr.relais.kernel.i18n.Language;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch: a plain link (keyboard friendly, no JavaScript, no HTTP session) that
 * remembers the choice in a cookie for a year and goes back to the page it came from. Open to
 * everyone.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Language language = Language.fromCode(request.getParameter("to")).orElse(Language.fallback());
    Cookie cookie = new Cookie(Language.COOKIE, language.code());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    String next = LocalPath.of(request.getParameter("next")).orElse(request.getContextPath() + "/");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", next);
  }
}
