package fr.relais.help;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrators' page of the help lines: list in order, move, edit, remove, add. Roles: ADMIN
 * (web.xml /admin/*; HelpLineService refuses anyone else).
 */
@Named
@ViewScoped
public class HelpLinesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private HelpLineService service;
  @Inject private CurrentUser currentUser;

  private List<HelpLine> lines = List.of();
  private Long editing;
  private HelpLineForm form = new HelpLineForm();

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    lines = service.all();
  }

  public void edit(long id) {
    editing = id;
    form = HelpLineForm.of(service.find(id));
  }

  public void startNew() {
    editing = null;
    form = new HelpLineForm();
  }

  public void save() {
    try {
      if (editing == null) {
        service.add(currentUser.caller(), form);
        Feedback.info("helpLines.added", form.getName());
      } else {
        service.change(currentUser.caller(), editing, form);
        Feedback.info("helpLines.changed", form.getName());
      }
      startNew();
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "line");
    }
    refresh();
  }

  public void remove(long id) {
    try {
      String name = service.find(id).getName();
      service.remove(currentUser.caller(), id);
      Feedback.info("helpLines.removed", name);
      if (Long.valueOf(id).equals(editing)) {
        startNew();
      }
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "lines");
    }
    refresh();
  }

  public void move(long id, boolean up) {
    try {
      service.move(currentUser.caller(), id, up);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "lines");
    }
    refresh();
  }

  public String checkedOn(HelpLine line) {
    return HelpLines.day(
        line.getCheckedOn(),
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public HelpLine.Scope[] getScopes() {
    return HelpLine.Scope.values();
  }

  public List<HelpLine> getLines() {
    return lines;
  }

  public Long getEditing() {
    return editing;
  }

  public HelpLineForm getForm() {
    return form;
  }
}
