package fr.relais.establishment;

import fr.relais.kernel.jobs.JobCounts;
import fr.relais.kernel.jobs.Jobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;

/** Every hour: scheduled requests whose sessions have all ended are recorded as held. */
@Singleton
public class HeldSchedule {

  @Inject private HeldRequestService requests;
  @Inject private Jobs jobs;
  @Inject private Clock clock;

  @Schedule(minute = "20", hour = "*", persistent = false)
  void hourly() {
    jobs.runOncePer(
        java.time.Duration.ofHours(1),
        "requestsHeld",
        () -> JobCounts.of("held", requests.sweep(clock.instant())));
  }
}
