package fr.relais.catalog;

import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The public page of one session. An unknown or unpublished id is a 404. Open to everyone. */
@Named
@RequestScoped
public class SessionPageBacking {

  @Inject private CatalogueRepository catalogue;
  @Inject private TrainingInformationRepository trainingInformation;

  private SessionDetails session;
  private TrainingInformationRepository.Shown training;

  /**
   * Reads the session from the ?id= of the request, on the first GET and on postbacks alike (the
   * page's forms post back to their own URL), so the page's parts exist when a button of theirs is
   * pressed.
   */
  @PostConstruct
  void init() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    session = Ids.parse(id).flatMap(catalogue::details).orElse(null);
    training = session == null ? null : trainingInformation.of(session.entry().id()).orElse(null);
  }

  /** An unknown or unpublished session is a 404. */
  public void load() throws IOException {
    if (session == null) {
      Pages.notFound();
    }
  }

  /** Indicator 1's information, for a training action; null for prevention. */
  public TrainingInformationRepository.Shown getTraining() {
    return training;
  }

  public SessionDetails getSession() {
    return session;
  }
}
