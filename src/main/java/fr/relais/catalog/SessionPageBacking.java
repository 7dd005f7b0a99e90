package fr.relais.catalog;

import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The public page of one session. An unknown or unpublished id is a 404. Open to everyone. */
@Named
@RequestScoped
public class SessionPageBacking {

  @Inject private CatalogueQuery catalogue;

  private String id;
  private SessionDetails session;

  public void load() throws IOException {
    session = Ids.parse(id).flatMap(catalogue::details).orElse(null);
    if (session == null) {
      Pages.notFound();
    }
  }

  public SessionDetails getSession() {
    return session;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
