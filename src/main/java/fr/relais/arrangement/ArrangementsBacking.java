package fr.relais.arrangement;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Organisation;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrangement requests (/obligations/arrangements/requests): open ones first, handled with a
 * note. Roles: COORDINATOR, ADMIN (web.xml; the service checks it too).
 */
@Named
@ViewScoped
public class ArrangementsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ArrangementService arrangements;
  @Inject private CurrentUser currentUser;
  @Inject private Organisation organisation;
  @Inject private AuditService audit;

  private boolean all;
  private List<ArrangementService.Listed> requests = List.of();
  private final Map<Long, String> notes = new HashMap<>();

  @PostConstruct
  void load() {
    requests = arrangements.list(currentUser.caller(), !all);
    audit.viewed("arrangement", null, "arrangement requests");
  }

  public void handle(long id) {
    try {
      arrangements.handle(currentUser.caller(), id, notes.get(id));
    } catch (BusinessException refusal) {
      // A row's field has no fixed id: the message goes on top of the page.
      Feedback.error(refusal.getMessageKey(), refusal.getArguments());
      return;
    }
    notes.remove(id);
    Feedback.info("arrangement.handled");
    load();
  }

  public void filter() {
    load();
  }

  public List<ArrangementService.Listed> getRequests() {
    return requests;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }

  public Organisation.DisabilityReferent getReferent() {
    return organisation.disabilityReferent();
  }
}
