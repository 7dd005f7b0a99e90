package fr.relais.quality;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.Account;
import fr.relais.people.CurrentUser;
import fr.relais.survey.Campaign;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * One improvement: new (?case= to start from a case of the register) or edited (?id=). Roles:
 * COORDINATOR, ADMIN.
 */
@Named
@ViewScoped
public class ImprovementBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Improvements improvements;
  @Inject private QualityChoicesRepository lookups;
  @Inject private QualityRepository repository;
  @Inject private CurrentUser currentUser;

  private String id;
  private String fromCase;
  private Long improvementId;
  private ImprovementForm form;
  private List<Account> staff;
  private List<Campaign> campaigns;
  private List<QualityCase> cases;

  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      if (id != null) {
        improvementId = Ids.parse(id).orElse(null);
        if (improvementId == null) {
          Pages.notFound();
          return;
        }
        form = improvements.form(currentUser.caller(), improvementId);
      } else if (fromCase != null) {
        Long c = Ids.parse(fromCase).orElse(null);
        if (c == null) {
          Pages.notFound();
          return;
        }
        form = improvements.fromCase(currentUser.caller(), c);
      } else {
        form = new ImprovementForm();
      }
    } catch (NotFoundException gone) {
      Pages.notFound();
      return;
    }
    if (form.getSources().isEmpty()) {
      form.getSources().add(new ImprovementForm.Source());
    }
    staff = lookups.staff();
    campaigns = lookups.campaigns();
    cases =
        repository.cases(
            null, null, java.time.Instant.EPOCH, java.time.Instant.parse("9999-01-01T00:00:00Z"));
  }

  public void addSource() {
    form.getSources().add(new ImprovementForm.Source());
  }

  public void removeSource(int index) {
    if (index >= 0 && index < form.getSources().size()) {
      form.getSources().remove(index);
    }
  }

  public String save() {
    try {
      improvementId = improvements.save(currentUser.caller(), improvementId, form);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "improvement");
      return null;
    }
    Feedback.info("quality.improvement.saved");
    Feedback.keepForNextPage();
    return "/quality/improvements/index?faces-redirect=true";
  }

  public SourceKind[] getSourceKinds() {
    return SourceKind.values();
  }

  public boolean isNew() {
    return improvementId == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getFromCase() {
    return fromCase;
  }

  public void setFromCase(String fromCase) {
    this.fromCase = fromCase;
  }

  public ImprovementForm getForm() {
    return form;
  }

  public List<Account> getStaff() {
    return staff;
  }

  public List<Campaign> getCampaigns() {
    return campaigns;
  }

  public List<QualityCase> getCases() {
    return cases;
  }
}
