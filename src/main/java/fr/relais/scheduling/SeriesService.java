package fr.relais.scheduling;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.Actor;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import fr.relais.programme.Activity;
import fr.relais.programme.ProgrammeRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recurring sessions: created in one go from a plan and the days the coordinator kept in the
 * preview (all or none: one conflict names its date and nothing is saved), then changed one
 * occurrence at a time or "from this date on".
 */
@Stateless
public class SeriesService {

  /** A template's fields that depend on its hours, which a series checks on its own plan. */
  private static final Set<String> TIMED_FIELDS =
      Set.of("start", "end", "registrationClosesAt", "cancellationDeadline");

  @Inject private SessionRepository sessions;
  @Inject private ProgrammeRepository programme;
  @Inject private SessionAssembler assembler;
  @Inject private SessionListeners listeners;
  @Inject private SchedulingGuard guard;
  @Inject private AuditService audit;
  @Inject private Actor actor;
  @Inject private Clock clock;

  /**
   * Creates the series' sessions on the chosen days. The template gives everything but dates: its
   * start and end are ignored, the plan's hours are used on each day.
   */
  public Series create(
      Caller by,
      SeriesPlan plan,
      Set<LocalDate> chosenDays,
      SessionPlan template,
      boolean publish) {
    by.mustCoordinate();
    List<FieldError> errors = checkPlan(plan);
    errors.addAll(templateProblems(template));
    Set<LocalDate> days = new TreeSet<>();
    plan.occurrences().stream()
        .map(SeriesPlan.Occurrence::day)
        .filter(chosenDays::contains)
        .forEach(days::add);
    if (errors.isEmpty() && days.isEmpty()) {
      errors.add(new FieldError("days", "series.noDate"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Activity activity =
        programme
            .activity(template.activityId())
            .filter(a -> !a.isArchived())
            .orElseThrow(
                () ->
                    new InvalidInput(
                        List.of(new FieldError("activity", "session.activity.unknown"))));
    Series series = new Series(activity, plan, clock.instant(), actor.name());
    sessions.persist(series);
    for (LocalDate day : days) {
      SessionPlan occurrence = template.at(at(day, plan.startTime()), at(day, plan.endTime()));
      Session session =
          new Session(activity, occurrence.start(), occurrence.end(), occurrence.mode());
      try {
        assembler.apply(session, occurrence, false);
      } catch (InvalidInput refused) {
        throw onDay(day, refused);
      }
      session.partOf(series);
      if (publish) {
        session.publish();
      }
      sessions.persist(session);
      try {
        guard.flush(occurrence, null);
      } catch (InvalidInput refused) {
        throw onDay(day, refused);
      }
    }
    audit.record(
        "series",
        series.getId(),
        "CREATED",
        activity.getTitle()
            + " | "
            + days.size()
            + " sessions "
            + days.iterator().next()
            + " → "
            + plan.lastDay());
    return series;
  }

  /**
   * Applies a change to the series' sessions from a day on (those not yet cancelled or completed):
   * new hours, and everything else the template says.
   */
  public int updateFrom(
      Caller by,
      long seriesId,
      LocalDate from,
      LocalTime start,
      LocalTime end,
      SessionPlan template) {
    by.mustCoordinate();
    Series series =
        sessions.series(seriesId).orElseThrow(() -> new NotFoundException("series " + seriesId));
    List<Session> following =
        sessions.ofSeriesFrom(series.getId(), from.atStartOfDay(ClockProducer.PARIS).toInstant());
    for (Session session : following) {
      LocalDate day = session.getStartsAt().atZone(ClockProducer.PARIS).toLocalDate();
      SessionPlan occurrence =
          new SessionPlan(
              template.activityId(),
              at(day, start),
              at(day, end),
              template.mode(),
              template.roomId(),
              template.videoLink(),
              template.capacity(),
              template.studentSeats(),
              template.trainerIds(),
              session.getRegistrationOpensAt(),
              null,
              null,
              template.reservedForSiteId(),
              template.waitlistLimit());
      try {
        listeners.seatsChanging(session, occurrence);
        assembler.apply(session, occurrence, session.getStartsAt().equals(occurrence.start()));
        guard.flush(occurrence, session.getId());
        listeners.seatsChanged(session);
      } catch (InvalidInput refused) {
        throw onDay(day, refused);
      }
      audit.record("session", session.getId(), "UPDATED_WITH_SERIES", "from " + from);
    }
    audit.record("series", seriesId, "UPDATED_FROM", from + " | " + following.size() + " sessions");
    return following.size();
  }

  /** The plan's own mistakes: no weekday, no hours, dates the wrong way round or too far apart. */
  private static List<FieldError> checkPlan(SeriesPlan plan) {
    List<FieldError> errors = new ArrayList<>();
    if (plan.weekdays() == null || plan.weekdays().isEmpty()) {
      errors.add(new FieldError("weekdays", "series.weekdays.required"));
    }
    if (plan.startTime() == null) {
      errors.add(new FieldError("startTime", "relais.required.text"));
    }
    if (plan.endTime() == null) {
      errors.add(new FieldError("endTime", "relais.required.text"));
    } else if (plan.startTime() != null && !plan.endTime().isAfter(plan.startTime())) {
      errors.add(new FieldError("endTime", "session.endBeforeStart"));
    }
    if (plan.firstDay() == null) {
      errors.add(new FieldError("firstDay", "relais.required.text"));
    }
    if (plan.lastDay() == null) {
      errors.add(new FieldError("lastDay", "relais.required.text"));
    } else if (plan.firstDay() != null && plan.lastDay().isBefore(plan.firstDay())) {
      errors.add(new FieldError("lastDay", "series.lastBeforeFirst"));
    } else if (plan.firstDay() != null
        && plan.lastDay().isAfter(plan.firstDay().plusDays(SeriesPlan.MAX_DAYS))) {
      errors.add(new FieldError("lastDay", "series.tooLong"));
    }
    return errors;
  }

  /**
   * What is wrong with the template's own fields (activity, place, seats, trainers), reported with
   * the plan's so the form shows every message in one round; its hours are the plan's, checked
   * there, so it is probed on a day to come.
   */
  private List<FieldError> templateProblems(SessionPlan template) {
    Instant probe = clock.instant().plus(Duration.ofDays(1));
    List<FieldError> errors = new ArrayList<>();
    if (template.activityId() != null
        && programme.activity(template.activityId()).filter(a -> !a.isArchived()).isEmpty()) {
      errors.add(new FieldError("activity", "session.activity.unknown"));
    }
    assembler.problems(template.at(probe, probe.plusSeconds(3600)), false).stream()
        .filter(e -> !TIMED_FIELDS.contains(e.field()))
        .forEach(errors::add);
    return errors;
  }

  /** The same refusal, saying which day of the series it is about. */
  private static InvalidInput onDay(LocalDate day, InvalidInput refused) {
    List<FieldError> errors = new ArrayList<>();
    errors.add(new FieldError("days", "series.refusedOn", day));
    errors.addAll(refused.getErrors());
    return new InvalidInput(errors);
  }

  private static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(ClockProducer.PARIS).toInstant();
  }
}
