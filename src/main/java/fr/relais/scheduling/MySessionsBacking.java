package fr.relais.scheduling;

import fr.relais.people.Account;
import fr.relais.people.CurrentUser;
import fr.relais.trainers.TrainerService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * "Mes séances": what a trainer leads, coming and past, and their private calendar feed. Roles:
 * TRAINER.
 */
@Named
@ViewScoped
public class MySessionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SessionListRepository query;
  @Inject private CurrentUser currentUser;
  @Inject private TrainerService trainers;
  @Inject private Clock clock;

  private long trainerId;
  private List<SessionRow> upcoming;
  private List<SessionRow> past;
  private String feedUrl;

  @PostConstruct
  void load() {
    Account me = currentUser.account().orElseThrow();
    trainerId = me.getId();
    LocalDate today = LocalDate.now(clock);
    SessionFilter coming = new SessionFilter();
    coming.setTrainerId(trainerId);
    coming.setFrom(today);
    upcoming = query.page(coming, 0, 200);
    SessionFilter before = new SessionFilter();
    before.setTrainerId(trainerId);
    before.setTo(today.minusDays(1));
    List<SessionRow> all = query.page(before, 0, 500);
    past = new ArrayList<>(all.subList(Math.max(0, all.size() - 50), all.size()));
    Collections.reverse(past);
    feedUrl = url(trainers.profile(trainerId).getFeedToken());
  }

  public void renewFeed() {
    feedUrl = url(trainers.renewFeed(currentUser.caller(), trainerId));
  }

  private static String url(String token) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestScheme()
        + "://"
        + external.getRequestServerName()
        + (external.getRequestServerPort() == 80 || external.getRequestServerPort() == 443
            ? ""
            : ":" + external.getRequestServerPort())
        + external.getRequestContextPath()
        + "/api/trainers/"
        + token
        + "/sessions.ics";
  }

  public List<SessionRow> getUpcoming() {
    return upcoming;
  }

  public List<SessionRow> getPast() {
    return past;
  }

  public String getFeedUrl() {
    return feedUrl;
  }
}
