package fr.relais.quality;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Nos résultats": the public results page, read once per request. */
@Named
@RequestScoped
public class PublicResultsBacking {

  @Inject private PublicResults results;

  private PublicResults.Results built;

  @PostConstruct
  void init() {
    built = results.build();
  }

  public PublicResults.Results getResults() {
    return built;
  }
}
