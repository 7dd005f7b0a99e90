package fr.relais.demo;

import fr.relais.people.AccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode only (relais.demo=true, which the README's run command sets), fills an empty
 * database with a programme that looks like the association's, and ten weeks of history.
 * Idempotent: what exists is not created again.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "SurveySetup"})
public class DemoSeeder {

  private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

  @Inject
  @ConfigProperty(name = "relais.demo", defaultValue = "false")
  private boolean demo;

  @Inject private AccountRepository accounts;
  @Inject private DemoPeople people;
  @Inject private DemoProgramme programme;
  @Inject private DemoRegistrations registrations;
  @Inject private DemoHistory history;
  @Inject private DemoPastYear pastYear;
  @Inject private DemoSurveys surveys;
  @Inject private DemoEstablishments establishments;
  @Inject private DemoBpf bpf;
  @Inject private DemoFacts facts;
  @Inject private DemoQuality quality;
  @Inject private DemoQuizzesAndDpc quizzesAndDpc;

  @PostConstruct
  void seed() {
    if (!demo) {
      return;
    }
    boolean fresh = !accounts.emailExists(DemoPeople.ADMIN);
    DemoPeople.Cast cast = fresh ? people.create() : null;
    int sessions = fresh ? programme.create(cast.trainers()) : 0;
    if (!surveys.present()) {
      surveys.campaigns(); // before registrations: registering is what sends the WHO-5
    }
    if (fresh) {
      int registered = registrations.create();
      LOG.info(
          () ->
              "Demo data created: "
                  + cast.participantCount()
                  + " participants, "
                  + cast.trainers().size()
                  + " trainers, "
                  + sessions
                  + " sessions, "
                  + registered
                  + " registrations");
    } else {
      LOG.info("Demo data already present");
    }
    if (!history.present()) {
      int past = history.create() + pastYear.create();
      int answered = surveys.answer();
      LOG.info(
          () ->
              "Demo history created: "
                  + past
                  + " completed sessions, "
                  + answered
                  + " survey responses");
    }
    if (!establishments.present()) {
      int asked = establishments.create();
      LOG.info(() -> "Demo establishments created: " + asked + " requests");
    }
    facts.seedOnce();
    LOG.info(() -> "Demo BPF: " + bpf.complete() + " trainee categories declared");
    if (!quality.present()) {
      LOG.info("Demo register of complaints and incidents: " + quality.create() + " cases");
    }
    quizzesAndDpc.seedOnce();
  }
}
