package fr.relais.reporting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /reporting/annual/{year}.pdf|.xlsx: the files of the year's last finished run (404 while
 * none). With ?wait=true (scripts, the benchmark), starts or joins a run and waits for it, up to
 * two minutes. Roles: COORDINATOR, ADMIN (web.xml, /reporting/*).
 */
@WebServlet("/reporting/annual/*")
public class AnnualReportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern FILE = Pattern.compile("/(\\d{4})\\.(pdf|xlsx)");

  @Inject private transient AnnualReports runs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = FILE.matcher(String.valueOf(request.getPathInfo()));
    if (!m.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    int year = Integer.parseInt(m.group(1));
    AnnualReports.Run run =
        "true".equals(request.getParameter("wait")) ? await(runs.start(year)) : runs.latest(year);
    String type = m.group(2);
    byte[] file = run == null ? null : runs.file(run, type);
    if (file == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean pdf = "pdf".equals(type);
    ReportExportServlet.send(
        response,
        file,
        "rapport-annuel-" + year + "." + type,
        pdf
            ? "application/pdf"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  /** The run once it has ended, up to two minutes; as it then stands otherwise. */
  private AnnualReports.Run await(AnnualReports.Run started) {
    long deadline = System.nanoTime() + 120_000_000_000L;
    AnnualReports.Run run = started;
    while (run != null && run.isRunning() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      run = runs.latest(started.getYear());
    }
    return run;
  }
}
