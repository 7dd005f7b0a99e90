package fr.relais.programme;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The list of activities. Roles: COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class ActivitiesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProgrammeRepository repository;
  @Inject private CurrentUser currentUser;
  @Inject private ProgrammeService programme;

  private boolean showArchived;
  private List<Activity> activities;

  @PostConstruct
  void load() {
    activities = repository.activities(showArchived);
  }

  public void archive(long id, boolean archived) {
    programme.archive(currentUser.caller(), id, archived);
    Feedback.info(archived ? "activity.archived" : "activity.reopened");
    load();
  }

  public void delete(long id) {
    try {
      programme.delete(currentUser.caller(), id);
      Feedback.info("activity.deleted");
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "activities");
    }
    load();
  }

  public List<Activity> getActivities() {
    return activities;
  }

  public boolean isShowArchived() {
    return showArchived;
  }

  public void setShowArchived(boolean showArchived) {
    this.showArchived = showArchived;
  }

  public void toggleArchived() {
    load();
  }
}
