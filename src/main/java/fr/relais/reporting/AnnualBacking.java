package fr.relais.reporting;

import fr.relais.kernel.ClockProducer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The annual report page: choose a year, start (or join) its run, follow the progress bar, then
 * download the PDF and the XLSX. Roles: COORDINATOR, ADMIN (web.xml, /reporting/*).
 */
@Named
@ViewScoped
public class AnnualBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AnnualReports runs;
  @Inject private transient Clock clock;

  private int year;

  public int getYear() {
    if (year == 0) {
      year = LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear();
    }
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  /** The last five years and this one. */
  public List<Integer> getYears() {
    int now = LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear();
    return IntStream.rangeClosed(now - 5, now).boxed().sorted((a, b) -> b - a).toList();
  }

  public void start() {
    runs.start(getYear());
  }

  public AnnualReports.Run getRun() {
    return runs.latest(getYear());
  }

  public int getProgress() {
    AnnualReports.Run run = getRun();
    return run == null ? 0 : run.getProgress();
  }
}
