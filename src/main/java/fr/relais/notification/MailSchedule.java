package fr.relais.notification;

import fr.relais.kernel.jobs.JobCounts;
import fr.relais.kernel.jobs.Jobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Retries what could not be sent (SMTP down, a restart mid-send) every ten seconds. Not persistent:
 * the outbox table is the state, so a restart loses nothing.
 */
@Startup
@Singleton
public class MailSchedule {

  @Inject private MailDispatcher dispatcher;
  @Inject private Jobs jobs;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  void retry() {
    jobs.run("mail", () -> JobCounts.of("sent", dispatcher.sweepNow()));
  }
}
