package fr.relais.quality;

import fr.relais.people.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The improvement log: open ones first, by due date. Roles: COORDINATOR, ADMIN. */
@Named
@RequestScoped
public class ImprovementsBacking {

  @Inject private Improvements improvements;
  @Inject private CurrentUser currentUser;

  private List<Improvement> list;

  public void load() {
    list = improvements.list(currentUser.caller());
  }

  public List<Improvement> getList() {
    return list;
  }
}
