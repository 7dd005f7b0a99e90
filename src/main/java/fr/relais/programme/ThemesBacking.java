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

/** Themes: add, rename, delete when unused. Roles: COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class ThemesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProgrammeRepository repository;
  @Inject private CurrentUser currentUser;
  @Inject private ProgrammeService programme;

  private List<Theme> themes;
  private Long editedId;
  private String nameFr;
  private String nameEn;

  @PostConstruct
  void load() {
    themes = repository.themes();
  }

  public void edit(Theme theme) {
    editedId = theme.getId();
    nameFr = theme.getNameFr();
    nameEn = theme.getNameEn();
  }

  public void cancel() {
    editedId = null;
    nameFr = null;
    nameEn = null;
  }

  public void save() {
    try {
      programme.saveTheme(currentUser.caller(), editedId, nameFr, nameEn);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "theme");
      return;
    }
    Feedback.info("theme.saved", nameFr.strip());
    cancel();
    load();
  }

  public void delete(long id) {
    try {
      programme.deleteTheme(currentUser.caller(), id);
      Feedback.info("theme.deleted");
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "themes");
    }
    load();
  }

  public List<Theme> getThemes() {
    return themes;
  }

  public Long getEditedId() {
    return editedId;
  }

  public String getNameFr() {
    return nameFr;
  }

  public void setNameFr(String nameFr) {
    this.nameFr = nameFr;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }
}
