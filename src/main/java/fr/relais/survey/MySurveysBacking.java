package fr.relais.survey;

import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/**
 * "Mes questionnaires": surveys to answer, and one's own wellbeing over time. Roles: PARTICIPANT.
 */
@Named
@RequestScoped
public class MySurveysBacking {

  @Inject private SurveyRepository surveys;
  @Inject private MyWellbeing wellbeing;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private List<Invitation> open;
  private List<MyWellbeing.Entry> scores;

  @PostConstruct
  void load() {
    long me = currentUser.account().orElseThrow().getId();
    open = surveys.openInvitations(me, clock.instant());
    scores = wellbeing.of(me);
  }

  public List<Invitation> getOpen() {
    return open;
  }

  public List<MyWellbeing.Entry> getScores() {
    return scores;
  }
}
