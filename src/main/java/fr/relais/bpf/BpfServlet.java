package fr.relais.bpf;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Organisation;
import fr.relais.people.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /obligations/bpf/file/{year}.pdf|.xlsx: the year's BPF as a document laid out like the form.
 * No one's name is in it: counts, hours and amounts only. Roles: COORDINATOR, ADMIN (web.xml,
 * /obligations/bpf/*; {@link BpfService} checks again).
 */
@WebServlet("/obligations/bpf/file/*")
public class BpfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern FILE = Pattern.compile("/(\\d{4})\\.(pdf|xlsx)");

  @Inject private transient BpfService bpf;
  @Inject private transient Organisation organisation;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = FILE.matcher(String.valueOf(request.getPathInfo()));
    int year = m.matches() ? Integer.parseInt(m.group(1)) : 0;
    if (year < BpfService.FIRST_YEAR || year > BpfService.LAST_YEAR) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    BpfYear figures;
    try {
      figures = bpf.year(currentUser.caller(), year);
    } catch (BusinessException refused) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Organisation.Identity org = organisation.identity();
    boolean pdf = "pdf".equals(m.group(2));
    byte[] body =
        pdf ? BpfPdf.of(figures, org, clock.instant()) : BpfWorkbook.of(figures, org.name());
    response.setContentType(
        pdf
            ? "application/pdf"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"bpf-" + year + "." + m.group(2) + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
