package fr.relais.survey;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.Actor;
import fr.relais.people.Caller;
import fr.relais.programme.Format;
import fr.relais.scheduling.Session;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Coordinators launch campaigns: which questionnaire, when, to the people of which sessions. */
@Stateless
public class CampaignService {

  @Inject private SurveyRepository surveys;
  @Inject private Actor actor;
  @Inject private Clock clock;

  /** A new campaign; scope: a session, else a format, else every session. */
  public long launch(
      Caller by,
      String title,
      Long questionnaireId,
      Phase phase,
      Format format,
      Long sessionId,
      Integer weeksAfter) {
    by.mustCoordinate();
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (title == null || title.isBlank()) {
      errors.add(new InvalidInput.FieldError("title", "relais.required.text"));
    } else if (title.strip().length() > 200) {
      errors.add(new InvalidInput.FieldError("title", "relais.tooLong.text"));
    }
    if (phase == null) {
      errors.add(new InvalidInput.FieldError("phase", "relais.required.text"));
    }
    Questionnaire q =
        questionnaireId == null ? null : surveys.questionnaire(questionnaireId).orElse(null);
    if (q == null) {
      errors.add(new InvalidInput.FieldError("questionnaire", "relais.required.text"));
    } else if (phase != null && q.getKind() != phase.kind()) {
      errors.add(
          new InvalidInput.FieldError("questionnaire", "survey.campaign.kind." + phase.kind()));
    }
    int weeks = weeksAfter == null ? 0 : weeksAfter;
    if (phase != null && phase.waits() && (weeks < 1 || weeks > 52)) {
      errors.add(new InvalidInput.FieldError("weeks", "survey.campaign.weeks"));
    }
    Session session = null;
    if (sessionId != null) {
      session = surveys.find(Session.class, sessionId);
      if (session == null) {
        errors.add(new InvalidInput.FieldError("session", "session.activity.unknown"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Campaign c =
        new Campaign(
            q,
            phase,
            session == null ? format : null,
            session,
            phase.waits() ? weeks : 0,
            title.strip(),
            clock.instant(),
            actor.name());
    surveys.persist(c);
    return c.getId();
  }

  /** Pauses or resumes a campaign: a paused one invites and reminds nobody. */
  public void setActive(Caller by, long id, boolean active) {
    by.mustCoordinate();
    surveys.campaign(id).orElseThrow(() -> new NotFoundException("campaign")).setActive(active);
  }
}
