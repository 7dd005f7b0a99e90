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

  @Inject private AnnualReports runs;
  @Inject private Clock clock;
  @Inject private AnnualForewordService forewords;
  @Inject private fr.relais.people.CurrentUser currentUser;

  private int year;
  private String foreword;

  public int getYear() {
    if (year == 0) {
      year = LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear();
    }
    return year;
  }

  public void setYear(int year) {
    if (year != this.year) {
      foreword = null;
    }
    this.year = year;
  }

  /** The year's foreword as written so far (read once per year chosen). */
  public String getForeword() {
    if (foreword == null) {
      foreword = forewords.of(getYear());
    }
    return foreword;
  }

  public void setForeword(String foreword) {
    this.foreword = foreword;
  }

  public void saveForeword() {
    try {
      forewords.save(currentUser.caller(), getYear(), foreword);
      fr.relais.kernel.web.Feedback.info("report.annual.foreword.saved", getYear());
    } catch (fr.relais.kernel.BusinessException refusal) {
      fr.relais.kernel.web.Feedback.refusal(refusal, "annualForeword");
    }
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
