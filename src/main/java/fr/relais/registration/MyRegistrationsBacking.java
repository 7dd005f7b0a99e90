package fr.relais.registration;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * "Mes inscriptions": coming, waitlisted and past registrations, one line per session; past ones
 * say whether the person came, and why there is no certificate when there is none. Roles:
 * PARTICIPANT.
 */
@Named
@ViewScoped
public class MyRegistrationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MyRegistrationsRepository mine;
  @Inject private RegistrationService registrations;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private long accountId;
  private List<MyRegistrationsRepository.View> upcoming;
  private List<MyRegistrationsRepository.View> waitlisted;
  private List<MyRegistrationsRepository.View> past;

  @PostConstruct
  void load() {
    accountId = currentUser.account().orElseThrow().getId();
    Instant now = clock.instant();
    MyRegistrations sorted =
        MyRegistrations.at(now, MyRegistrationsRepository.onePerSession(mine.all(accountId, now)));
    upcoming = sorted.upcoming();
    waitlisted = sorted.waitlisted();
    past = sorted.past();
  }

  public void cancel(long sessionId) {
    try {
      registrations.cancelOwn(currentUser.caller(), sessionId);
      Feedback.info("registration.cancelledDone");
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "mine");
    }
    load();
  }

  public boolean mayCancel(Registration r) {
    return r.getStatus() == RegistrationStatus.WAITLISTED
        || RegistrationPolicy.mayCancelThemselves(r.getSession(), clock.instant());
  }

  public List<MyRegistrationsRepository.View> getUpcoming() {
    return upcoming;
  }

  public List<MyRegistrationsRepository.View> getWaitlisted() {
    return waitlisted;
  }

  public List<MyRegistrationsRepository.View> getPast() {
    return past;
  }
}
