package fr.relais.attendance;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.omnifaces.util.Faces;

/**
 * The attendance export of a period, for coordinators and administrators (web.xml /reporting/*;
 * AttendanceExportService checks the role again). Errors stay next to the dates.
 */
@Named
@ViewScoped
public class AttendanceExportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AttendanceExportService export;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private LocalDate from;
  private LocalDate to;

  @jakarta.annotation.PostConstruct
  void init() {
    LocalDate today = LocalDate.now(clock);
    from = today.withDayOfYear(1);
    to = today.withDayOfYear(today.lengthOfYear());
  }

  public void download() throws IOException {
    try {
      byte[] file =
          export.period(
              currentUser.caller(),
              from,
              to,
              FacesContext.getCurrentInstance().getViewRoot().getLocale());
      Faces.sendFile(file, "presences-" + from + "-" + to + ".xlsx", true);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "export");
    }
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
