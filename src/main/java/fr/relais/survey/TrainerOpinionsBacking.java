package fr.relais.survey;

import fr.relais.kernel.Ids;
import fr.relais.people.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** survey/trainers[?session=ID]: the trainers' opinions, per activity and session. COORDINATOR. */
@Named
@ViewScoped
public class TrainerOpinionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrainerOpinionReportService report;
  @Inject private CurrentUser currentUser;

  private String session;
  private TrainerOpinionReportService.Report view;

  public void load() {
    Long id = session == null || session.isBlank() ? null : Ids.parse(session).orElse(0L);
    view =
        report.of(
            currentUser.caller(), id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** "4,2 / 5" */
  public String mean(double value) {
    return String.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "%.1f", value)
        + " / 5";
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }

  public TrainerOpinionReportService.Report getView() {
    return view;
  }
}
