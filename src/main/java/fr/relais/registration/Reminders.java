package fr.relais.registration;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.jobs.JobCounts;
import fr.relais.kernel.jobs.Jobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The reminder of the day before: every quarter of an hour, each confirmed registration of a
 * session starting by the same time tomorrow (Paris) gets its reminder, once. "Once" is kept by the
 * outbox's unique key, so a restart or a second server never sends it twice. Those who turned
 * reminders off in "Mon compte" get none (their confirmations and cancellations still go).
 */
@Startup
@Singleton
public class Reminders {

  private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

  @Inject private RegistrationRepository registrations;
  @Inject private RegistrationMails mails;
  @Inject private Clock clock;
  @Inject private Jobs jobs;

  @Schedule(minute = "*/15", hour = "*", persistent = false)
  void everyQuarterHour() {
    jobs.runOncePer(
        java.time.Duration.ofMinutes(15), "reminders", () -> JobCounts.of("reminders", sendDue()));
  }

  /**
   * Sessions starting after now and up to this are reminded: the same Paris time tomorrow, so a
   * session at 18:00 is reminded from 18:00 the day before, summer time or not.
   */
  static Instant remindUntil(Instant now) {
    return now.atZone(ClockProducer.PARIS).plusDays(1).toInstant();
  }

  /** Queues the reminders that are due; returns how many were new. */
  public int sendDue() {
    Instant now = clock.instant();
    List<Registration> due = registrations.dueForReminder(now, remindUntil(now));
    int sent = 0;
    for (Registration r : due) {
      if (mails.reminder(r)) {
        sent++;
      }
    }
    if (sent > 0) {
      int count = sent;
      LOG.info(() -> count + " reminder(s) queued");
    }
    return sent;
  }
}
