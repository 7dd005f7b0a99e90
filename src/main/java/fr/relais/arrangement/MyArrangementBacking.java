package fr.relais.arrangement;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The signed-in person's own arrangement request on the session page's registration box ({@code
 * ?id=}), read for each request the box shows it (only for a registered person: the page asks
 * nothing of this bean otherwise); withdrawing it. Roles: a signed-in participant, for their own
 * request only (checked by {@link ArrangementService#withdrawOwn}).
 */
@Named
@RequestScoped
public class MyArrangementBacking {

  @Inject private ArrangementService arrangements;
  @Inject private CurrentUser currentUser;

  private Optional<ArrangementRequest> mine = Optional.empty();

  @PostConstruct
  void init() {
    long sessionId =
        Ids.parse(
                FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("id"))
            .orElse(0L);
    if (sessionId > 0 && currentUser.account().isPresent()) {
      mine = arrangements.mine(currentUser.caller(), sessionId);
    }
  }

  public void withdraw() {
    try {
      if (mine.isPresent()) {
        arrangements.withdrawOwn(currentUser.caller(), mine.get().getId());
        Feedback.info("arrangement.withdrawnDone");
        mine = Optional.empty();
      }
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "registration");
    }
  }

  public boolean isPresent() {
    return mine.isPresent();
  }

  public String getNeed() {
    return mine.map(ArrangementRequest::getNeed).orElse(null);
  }

  public ArrangementStatus getStatus() {
    return mine.map(ArrangementRequest::getStatus).orElse(null);
  }
}
