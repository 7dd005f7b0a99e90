package fr.relais.programme;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Creates or changes one activity (?id= to change). Roles: COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class ActivityEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProgrammeRepository repository;
  @Inject private CurrentUser currentUser;
  @Inject private ProgrammeService programme;

  private String id;
  private Long activityId;
  private ActivityForm form = new ActivityForm();
  private List<Theme> themes;

  public void load() throws IOException {
    themes = repository.themes();
    if (id == null || id.isBlank()) {
      return;
    }
    Activity activity = Ids.parse(id).flatMap(repository::activity).orElse(null);
    if (activity == null) {
      Pages.notFound();
      return;
    }
    activityId = activity.getId();
    form = ActivityForm.of(activity);
  }

  public void save() throws IOException {
    try {
      programme.saveActivity(currentUser.caller(), activityId, form);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "activity");
      return;
    }
    Feedback.info("activity.saved", form.getTitle().strip());
    Pages.redirect("/programme/activities");
  }

  public boolean isNew() {
    return activityId == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ActivityForm getForm() {
    return form;
  }

  public List<Theme> getThemes() {
    return themes;
  }

  public Format[] getFormats() {
    return Format.values();
  }

  public Purpose[] getPurposes() {
    return Purpose.values();
  }

  public BpfObjective[] getBpfObjectives() {
    return BpfObjective.values();
  }

  public List<NsfSpecialities.Speciality> getNsfSpecialities() {
    return NsfSpecialities.sorted();
  }

  public boolean isTraining() {
    return form.getPurpose() == Purpose.TRAINING;
  }

  public Audience[] getAudiences() {
    return Audience.values();
  }
}
