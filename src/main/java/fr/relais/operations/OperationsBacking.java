package fr.relais.operations;

import fr.relais.kernel.jobs.JobRun;
import fr.relais.kernel.jobs.JobRunService;
import fr.relais.kernel.jobs.Jobs;
import fr.relais.kernel.web.Feedback;
import fr.relais.notification.MailDispatcher;
import fr.relais.notification.OutboxService;
import fr.relais.privacy.RetentionSchedule;
import fr.relais.privacy.RetentionSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * "Exploitation": the mail queue and the state of each scheduled job, with the two things an
 * administrator may want to start by hand. Roles: ADMIN (web.xml /admin/*).
 */
@Named
@RequestScoped
public class OperationsBacking {

  @Inject private OutboxService outbox;
  @Inject private MailDispatcher dispatcher;
  @Inject private JobRunService jobLog;
  @Inject private Jobs jobs;
  @Inject private RetentionSchedule retention;
  @Inject private RetentionSettings retentionSettings;

  private OutboxService.QueueState queue;
  private List<JobRun> runs;

  public OutboxService.QueueState getQueue() {
    if (queue == null) {
      queue = outbox.queueState();
    }
    return queue;
  }

  public List<JobRun> getJobs() {
    if (runs == null) {
      runs = jobLog.all();
    }
    return runs;
  }

  /** The last result of a job, said in the page's language. */
  public String result(JobRun run) {
    return new JobResults(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .of(run.getDetails());
  }

  public String getRetentionText() {
    return Feedback.text(
        "operations.retention.text",
        retentionSettings.inactiveYears(),
        retentionSettings.sheetYears());
  }

  public void sendMailNow() {
    dispatcher.kick();
    Feedback.info("operations.mail.kicked");
  }

  public void runRetentionNow() {
    jobs.run("retention", retention::runNow);
    Feedback.info("operations.retention.done");
    runs = null;
  }
}
