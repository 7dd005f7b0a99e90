package fr.relais.trainers;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.Account;
import fr.relais.people.CurrentUser;
import fr.relais.programme.Theme;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Trainers: appoint one, describe their bio and themes. Roles: COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class TrainersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrainerRepository repository;
  @Inject private CurrentUser currentUser;
  @Inject private TrainerService trainers;

  private List<Account> list;
  private List<Theme> themes;
  private Map<Long, String> themesByTrainer;
  private String email;
  private String firstName;
  private String lastName;
  private Long editedId;
  private String editedName;
  private String bio;
  private List<Long> themeIds = List.of();
  private java.util.Set<Long> external = java.util.Set.of();
  private boolean editedExternal;

  @PostConstruct
  void load() {
    list = repository.trainers();
    themes = repository.themes();
    themesByTrainer = repository.themeNamesByTrainer();
    external = repository.externalTrainers();
  }

  public void appoint() {
    try {
      TrainerService.Appointment appointment =
          trainers.appoint(currentUser.caller(), email, firstName, lastName);
      if (appointment.temporaryPassword() == null) {
        Feedback.info("trainer.appointed", appointment.account().getDisplayName());
      } else {
        Feedback.info(
            "trainer.created",
            appointment.account().getDisplayName(),
            appointment.temporaryPassword());
      }
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "appoint");
      return;
    }
    email = null;
    firstName = null;
    lastName = null;
    load();
  }

  public void edit(Account trainer) {
    TrainerProfile profile = trainers.profile(trainer.getId());
    editedId = trainer.getId();
    editedName = trainer.getDisplayName();
    bio = profile.getBio();
    themeIds = profile.getThemes().stream().map(Theme::getId).collect(Collectors.toList());
    editedExternal = profile.isExternal();
  }

  public void saveProfile() {
    try {
      trainers.describe(currentUser.caller(), editedId, bio, new HashSet<>(themeIds));
      trainers.classify(currentUser.caller(), editedId, editedExternal);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "profile");
      return;
    }
    Feedback.info("trainer.saved", editedName);
    editedId = null;
    load();
  }

  public void cancelEdit() {
    editedId = null;
  }

  /** Themes a trainer leads, for the list, as a comma-separated line. */
  public String themesOf(Account trainer) {
    return themesByTrainer.getOrDefault(trainer.getId(), "");
  }

  /** BPF frame E, for the list. */
  public boolean isExternal(Account trainer) {
    return external.contains(trainer.getId());
  }

  public boolean isEditedExternal() {
    return editedExternal;
  }

  public void setEditedExternal(boolean editedExternal) {
    this.editedExternal = editedExternal;
  }

  public List<Account> getTrainers() {
    return list;
  }

  public List<Theme> getThemes() {
    return themes;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public Long getEditedId() {
    return editedId;
  }

  public String getEditedName() {
    return editedName;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public List<Long> getThemeIds() {
    return themeIds;
  }

  public void setThemeIds(List<Long> themeIds) {
    this.themeIds = themeIds;
  }
}
