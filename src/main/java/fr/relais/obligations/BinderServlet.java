package fr.relais.obligations;

import fr.relais.kernel.BusinessException;
import fr.relais.people.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * GET /obligations/binder.zip?from=2025-01-01&amp;to=2025-12-31[&amp;lang=en]: the Qualiopi
 * evidence binder of the period, streamed as it is written. Roles: COORDINATOR, ADMIN (web.xml,
 * /obligations/*; {@link EvidenceBinder} checks again).
 */
@WebServlet("/obligations/binder.zip")
public class BinderServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient EvidenceBinder binder;
  @Inject private transient CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AuditPeriod period;
    try {
      period = AuditPeriod.of(date(request.getParameter("from")), date(request.getParameter("to")));
    } catch (BusinessException | DateTimeParseException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.FRENCH;
    var caller = currentUser.caller();
    binder.contents(caller, period, locale); // refuses before any byte is sent
    response.setContentType("application/zip");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"classeur-qualiopi-" + period.from() + "-" + period.to() + ".zip\"");
    binder.write(caller, period, locale, response.getOutputStream());
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }
}
