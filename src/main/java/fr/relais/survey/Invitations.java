package fr.relais.survey;

import fr.relais.attendance.SessionCompleted;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Texts;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import fr.relais.people.Account;
import fr.relais.registration.SeatConfirmed;
import fr.relais.scheduling.Session;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Who is asked, and when: after a completed session those present get the hot survey at once and
 * the cold one weeks later; someone given a seat gets the wellbeing "before" questionnaire at once
 * and the "after" one weeks after the session. Mails carry a single-use link; reminders go 3 and 7
 * days after the first mail to those who have not answered, then stop. Whoever turned survey
 * invitations off in "Mon compte" is still invited (the survey is in "Mes questionnaires") but gets
 * no mail.
 */
@Stateless
public class Invitations {

  @Inject private SurveyRepository surveys;
  @Inject private SurveyLinks links;
  @Inject private MailService mailer;
  @Inject private MailSettings settings;
  @Inject private Clock clock;

  /** A session was completed: invite those present to its satisfaction campaigns. */
  public void onCompleted(@Observes SessionCompleted completed) {
    Session session = surveys.find(Session.class, completed.sessionId());
    List<Campaign> campaigns =
        surveys.activeCampaigns(List.of(Phase.HOT, Phase.COLD)).stream()
            .filter(c -> c.covers(session))
            .toList();
    if (campaigns.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (long accountId : surveys.attendees(session.getId())) {
      Account person = surveys.find(Account.class, accountId);
      for (Campaign c : campaigns) {
        invite(c, person, session, SurveyTiming.opensAt(c.getPhase(), c.getWeeksAfter(), now, now));
      }
    }
  }

  /** Someone got a seat: the wellbeing programme asks them before, and again weeks after. */
  public void onSeated(@Observes SeatConfirmed seated) {
    Session session = surveys.find(Session.class, seated.sessionId());
    Account person = surveys.find(Account.class, seated.accountId());
    for (Campaign c : surveys.activeCampaigns(List.of(Phase.BEFORE, Phase.AFTER))) {
      if (c.covers(session)) {
        Instant opens =
            SurveyTiming.opensAt(
                c.getPhase(), c.getWeeksAfter(), session.getStartsAt(), clock.instant());
        // One wellbeing invitation per person and campaign, whatever the number of sessions.
        if (!surveys.invited(c.getId(), person.getId(), null)) {
          invite(c, person, null, opens);
        }
      }
    }
  }

  /**
   * An establishment's day is held: its contact is asked the client's opinion at once, on the
   * request's last session (once per campaign and session).
   */
  public void askClient(long contactAccountId, long sessionId) {
    Session session = surveys.find(Session.class, sessionId);
    Account contact = surveys.find(Account.class, contactAccountId);
    Instant now = clock.instant();
    for (Campaign c : surveys.activeCampaigns(List.of(Phase.CLIENT))) {
      if (c.covers(session)) {
        invite(c, contact, session, now);
      }
    }
  }

  /**
   * A session a trainer led is completed: they are asked their opinion at once (once per campaign
   * and session).
   */
  public void askTrainer(long trainerAccountId, long sessionId) {
    Session session = surveys.find(Session.class, sessionId);
    Account trainer = surveys.find(Account.class, trainerAccountId);
    Instant now = clock.instant();
    for (Campaign c : surveys.activeCampaigns(List.of(Phase.TRAINER))) {
      if (c.covers(session)) {
        invite(c, trainer, session, now);
      }
    }
  }

  /** Sends the first mails and reminders that are due (called by a timer). */
  public int mailDue() {
    Instant now = clock.instant();
    List<Invitation> due =
        surveys.due(now, SurveyTiming.lastMailDueBy(1, now), SurveyTiming.lastMailDueBy(2, now));
    due.forEach(i -> mail(i, now));
    return due.size();
  }

  private void invite(Campaign campaign, Account person, Session session, Instant opens) {
    Long sessionId = session == null ? null : session.getId();
    if (surveys.invited(campaign.getId(), person.getId(), sessionId)) {
      return;
    }
    Invitation invitation = new Invitation(campaign, person, session, opens);
    surveys.persist(invitation);
    if (invitation.isOpenAt(clock.instant())) {
      mail(invitation, clock.instant());
    }
  }

  private void mail(Invitation invitation, Instant now) {
    if (invitation.getMailsSent() >= SurveyTiming.MAX_MAILS) {
      return;
    }
    if (!invitation.getAccount().isSurveyMails()) {
      return; // turned off in "Mon compte": the survey waits in "Mes questionnaires"
    }
    Account to = invitation.getAccount();
    Locale locale = to.getLanguage().locale();
    Texts texts = Texts.in(locale);
    Campaign campaign = invitation.getCampaign();
    Session session = invitation.getSession();
    String context =
        texts.get(
            "survey.mail.intro." + campaign.getPhase(),
            session == null ? "" : session.getActivity().getTitle(),
            session == null ? "" : new DateFormats(locale).day(session.getStartsAt()));
    String token = links.issue(invitation, now);
    String kind =
        campaign.getPhase() == Phase.CLIENT
            ? "clientSurvey"
            : campaign.getPhase() == Phase.TRAINER
                ? "trainerOpinion"
                : invitation.getMailsSent() > 1 ? "surveyReminder" : "survey";
    mailer.send(
        kind,
        to.recipient(),
        null,
        to.getFirstName(),
        campaign.getQuestionnaire().title(locale),
        context,
        settings.publicUrl() + "/survey/start?t=" + token,
        new DateFormats(locale).day(invitation.getTokenExpiresAt()));
  }
}
