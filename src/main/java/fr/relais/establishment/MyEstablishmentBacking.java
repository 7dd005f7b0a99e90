package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Mon établissement": the establishment, its other contacts, its requests and the next step.
 * Roles: CONTACT (web.xml /establishment/*); a contact not yet checked is told so.
 */
@Named
@RequestScoped
public class MyEstablishmentBacking {

  @Inject private ContactDesk desk;
  @Inject private CurrentUser currentUser;

  private ContactDesk.Home home;
  private NextStep next;
  private String refusal;

  @PostConstruct
  void load() {
    try {
      home = desk.home(currentUser.caller());
      next = NextStep.of(home.requests());
    } catch (BusinessException notYet) {
      refusal = notYet.getMessageKey();
    }
  }

  public ContactDesk.Home getHome() {
    return home;
  }

  public NextStep getNext() {
    return next;
  }

  /** Why there is nothing to show (a contact still waiting for the association's check). */
  public String getRefusal() {
    return refusal;
  }
}
