package fr.relais.site;

import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The list of sites. Roles: COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class SitesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SiteRepository repository;
  @Inject private CurrentUser currentUser;
  @Inject private SiteService sites;

  private List<Site> list;

  @PostConstruct
  void load() {
    list = repository.sites(true);
  }

  public void archive(long id, boolean archived) {
    sites.archive(currentUser.caller(), id, archived);
    Feedback.info(archived ? "site.archived" : "site.reopened");
    load();
  }

  public List<Site> getSites() {
    return list;
  }
}
