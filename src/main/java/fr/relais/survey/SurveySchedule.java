package fr.relais.survey;

import fr.relais.kernel.jobs.JobCounts;
import fr.relais.kernel.jobs.Jobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every five minutes: the surveys that open now, and the reminders that are due. */
@Singleton
public class SurveySchedule {

  @Inject private Invitations invitations;
  @Inject private Jobs jobs;

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void mailDue() {
    jobs.runOncePer(
        java.time.Duration.ofMinutes(5),
        "surveys",
        () -> JobCounts.of("surveys", invitations.mailDue()));
  }
}
