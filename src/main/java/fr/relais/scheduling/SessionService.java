package fr.relais.scheduling;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import fr.relais.programme.Activity;
import fr.relais.programme.ProgrammeRepository;
import fr.relais.site.SiteRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates, changes, publishes and cancels sessions. Refuses, naming the other session, a room or a
 * trainer booked twice at once; the database refuses it too (exclusion constraints), so two
 * coordinators saving at the same moment cannot both succeed.
 */
@Stateless
public class SessionService {

  @Inject private SessionRepository sessions;
  @Inject private ProgrammeRepository programme;
  @Inject private SiteRepository sites;
  @Inject private SchedulingGuard guard;
  @Inject private SessionAssembler assembler;
  @Inject private SessionListeners listeners;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  public Session create(Caller by, SessionPlan plan, boolean publish) {
    return create(by, plan, null, publish);
  }

  /** The same with the BPF's facts (break, delivery, ANDPC number), checked with the plan. */
  public Session create(Caller by, SessionPlan plan, SessionFacts facts, boolean publish) {
    by.mustCoordinate();
    Activity activity = checked(plan, facts, true, false);
    Session session = new Session(activity, plan.start(), plan.end(), plan.mode());
    assembler.apply(session, plan, false);
    if (facts != null) {
      facts.applyTo(session, activity.isDpcAction());
    }
    if (publish) {
      session.publish();
    }
    sessions.persist(session);
    guard.flush(plan, null);
    audit.record(
        "session", session.getId(), publish ? "CREATED_PUBLISHED" : "CREATED", describe(session));
    return session;
  }

  public Session update(Caller by, long id, SessionPlan plan) {
    return update(by, id, plan, null);
  }

  /** The same with the BPF's facts; null facts leave the session's as they are. */
  public Session update(Caller by, long id, SessionPlan plan, SessionFacts facts) {
    by.mustCoordinate();
    Session session = changeable(id);
    boolean startUnchanged = session.getStartsAt().equals(plan.start());
    Activity activity = checked(plan, facts, false, startUnchanged);
    listeners.seatsChanging(session, plan);
    assembler.apply(session, plan, startUnchanged);
    if (facts != null) {
      facts.applyTo(session, activity.isDpcAction());
    }
    guard.flush(plan, id);
    listeners.seatsChanged(session);
    audit.record("session", id, "UPDATED", describe(session));
    return session;
  }

  /**
   * Corrects the BPF's facts of a session that is no longer open to change (a completed one, while
   * the year's report is prepared). A cancelled session counts for nothing and is refused.
   */
  public Session recordFacts(Caller by, long id, SessionFacts facts) {
    by.mustCoordinate();
    Session session = find(id);
    if (session.getStatus() == SessionStatus.CANCELLED) {
      throw new BusinessException("session.closed");
    }
    boolean dpc = session.getActivity().isDpcAction();
    List<FieldError> errors = facts.problems(session.getStartsAt(), session.getEndsAt(), dpc);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    facts.applyTo(session, dpc);
    audit.record("session", id, "FACTS_RECORDED", describeFacts(session));
    return session;
  }

  public void publish(Caller by, long id) {
    by.mustCoordinate();
    Session session = find(id);
    if (session.getStatus() != SessionStatus.DRAFT) {
      throw new BusinessException("session.notDraft");
    }
    if (!session.getStartsAt().isAfter(clock.instant())) {
      throw new BusinessException("session.inThePast");
    }
    session.publish();
    audit.record("session", id, "PUBLISHED", null);
  }

  public void cancel(Caller by, long id, String reason) {
    by.mustCoordinate();
    Session session = changeable(id);
    if (reason == null || reason.isBlank()) {
      throw BusinessException.onField("reason", "session.cancel.reasonRequired");
    }
    if (reason.strip().length() > 500) {
      throw BusinessException.onField("reason", "relais.tooLong.text");
    }
    session.cancel(reason.strip());
    listeners.cancelled(session, reason.strip());
    audit.record("session", id, "CANCELLED", reason.strip());
  }

  /**
   * A new session's form prefilled from an existing one (any status): same activity, hours a week
   * later in Paris time, place, seats and trainers. Nothing is saved: the coordinator checks it and
   * saves it through {@link #create}, where the double-booking guard applies.
   */
  public SessionForm duplicate(Caller by, long id) {
    by.mustCoordinate();
    Session session =
        sessions.findComplete(id).orElseThrow(() -> new NotFoundException("session " + id));
    return SessionForm.of(session).aWeekLater();
  }

  public Session find(long id) {
    return sessions.find(id).orElseThrow(() -> new NotFoundException("session " + id));
  }

  /**
   * The plan's activity, once every field is right; otherwise every field's error at once (the
   * activity's among them), not the activity's first and the others on the next submit.
   */
  private Activity checked(
      SessionPlan plan, SessionFacts facts, boolean mustBeOpen, boolean startMayBePast) {
    Activity activity =
        plan.activityId() == null
            ? null
            : programme
                .activity(plan.activityId())
                .filter(a -> !mustBeOpen || !a.isArchived())
                .orElse(null);
    List<FieldError> errors = new ArrayList<>(assembler.problems(plan, startMayBePast));
    if (activity == null && plan.activityId() != null) {
      errors.add(0, new FieldError("activity", "session.activity.unknown"));
    }
    if (facts != null) {
      errors.addAll(
          facts.problems(plan.start(), plan.end(), activity != null && activity.isDpcAction()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return activity;
  }

  private Session changeable(long id) {
    Session session = find(id);
    if (!session.isOpenToChange()) {
      throw new BusinessException("session.closed");
    }
    return session;
  }

  private static String describeFacts(Session s) {
    return s.getBreakMinutes()
        + " min | "
        + s.getDelivery()
        + (s.getPartnerOrganisation() == null ? "" : " | " + s.getPartnerOrganisation())
        + (s.getAndpcSession() == null ? "" : " | DPC " + s.getAndpcSession());
  }

  private static String describe(Session s) {
    return s.getActivity().getTitle()
        + " | "
        + s.getStartsAt()
        + " – "
        + s.getEndsAt()
        + " | "
        + s.getMode()
        + (s.getRoom() == null ? "" : " | " + s.getRoom().getName())
        + " | "
        + s.getCapacity()
        + " places";
  }
}
