package fr.relais.reporting;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * GET /reporting/export?kind=activity&table=ID&type=csv|xlsx&from=…&to=…: one dashboard table as a
 * file, with the dashboard's filters. Roles: COORDINATOR, ADMIN (web.xml, /reporting/*).
 */
@WebServlet("/reporting/export")
public class ReportExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient Reports reports;
  @Inject private transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Reports.Kind kind;
    try {
      kind =
          Reports.Kind.valueOf(
              String.valueOf(request.getParameter("kind")).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ReportFilterForm form =
        ReportFilterForm.read(
            request::getParameter, LocalDate.now(clock.withZone(ClockProducer.PARIS)));
    if (!form.valid()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.FRENCH;
    ReportTable table;
    try {
      table =
          reports.build(kind, form.filter(), locale).sections().stream()
              .map(Dashboard.Section::table)
              .filter(t -> t.id().equals(request.getParameter("table")))
              .findFirst()
              .orElse(null);
    } catch (InvalidInput e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (table == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String name = table.id() + "-" + form.filter().from() + "-" + form.filter().to();
    if ("xlsx".equals(request.getParameter("type"))) {
      send(
          response,
          TableFiles.xlsx(
              List.of(table),
              table.title(),
              fr.relais.kernel.i18n.Texts.in(locale).get("app.association")),
          name + ".xlsx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } else {
      send(
          response,
          TableFiles.csv(table, locale).getBytes(StandardCharsets.UTF_8),
          name + ".csv",
          "text/csv; charset=UTF-8");
    }
  }

  static void send(HttpServletResponse response, byte[] body, String fileName, String type)
      throws IOException {
    response.setContentType(type);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
