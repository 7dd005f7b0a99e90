package fr.relais.bpf;

import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * What one BPF figure counts (?year=&amp;key=): the registrations with their present half-days and
 * minutes, the trainers with their sessions, or the incomes. Seeing trainees' names is audited.
 * Roles: COORDINATOR, ADMIN (web.xml).
 */
@Named
@ViewScoped
public class BpfListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BpfService bpf;
  @Inject private AuditService audit;
  @Inject private CurrentUser currentUser;

  private String yearParam;
  private String key;
  private int year;
  private List<BpfRows.Trainee> trainees;
  private List<BpfRows.Trainer> trainers;
  private List<BpfRows.Income> incomes;

  public void load() throws IOException {
    if (yearParam == null || !yearParam.matches("\\d{4}") || key == null) {
      Pages.notFound();
      return;
    }
    year = Integer.parseInt(yearParam);
    if (year < BpfService.FIRST_YEAR || year > BpfService.LAST_YEAR) {
      Pages.notFound();
      return;
    }
    BpfYear figures = bpf.year(currentUser.caller(), year);
    trainees = figures.trainees().get(key);
    trainers = figures.trainers().get(key);
    incomes = figures.incomes().get(key);
    if (trainees == null && trainers == null && incomes == null) {
      Pages.notFound();
      return;
    }
    if (trainees != null) {
      audit.viewed("bpf", (long) year, "trainees of " + key);
    }
  }

  public String getYearParam() {
    return yearParam;
  }

  public void setYearParam(String yearParam) {
    this.yearParam = yearParam;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public int getYear() {
    return year;
  }

  /** The year as a message argument (a number would be written "2 025"). */
  public String getYearText() {
    return String.valueOf(year);
  }

  public List<BpfRows.Trainee> getTrainees() {
    return trainees;
  }

  public List<BpfRows.Trainer> getTrainers() {
    return trainers;
  }

  public List<BpfRows.Income> getIncomes() {
    return incomes;
  }

  /** Minutes as hours and minutes, "7 h 30". */
  public static String duration(long minutes) {
    return minutes / 60 + " h " + String.format("%02d", minutes % 60);
  }
}
