package fr.relais.survey;

import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;

/**
 * A campaign's results: satisfaction figures and comments without names; wellbeing means only, from
 * five respondents. Roles: COORDINATOR, ADMIN.
 */
@Named
@RequestScoped
public class ResultsBacking {

  @Inject private SurveyResults results;
  @Inject private SurveyRepository surveys;

  private SurveyResults.Results shown;

  @PostConstruct
  void read() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    long id = Ids.parse(params.get("campaign")).orElse(0L);
    if (surveys.campaign(id).isPresent()) {
      shown = results.of(id, Ids.parse(params.get("session")).orElse(null));
    }
  }

  public void check() throws IOException {
    if (shown == null) {
      Pages.notFound();
    }
  }

  public SurveyResults.Results getShown() {
    return shown;
  }
}
