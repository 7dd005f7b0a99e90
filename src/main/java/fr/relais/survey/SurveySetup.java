package fr.relais.survey;

import fr.relais.kernel.audit.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * At start-up: refuses to run without the pseudonym secret, and adds the built-in instruments
 * (WHO-5, PSS-10, CBI) that are not in the database yet, and the client's opinion questionnaire
 * with its campaign (coordinators may pause it on the campaigns page).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class SurveySetup {

  @Inject private Pseudonyms pseudonyms;
  @Inject private SurveyRepository surveys;
  @Inject private Clock clock;

  @PostConstruct
  void setUp() {
    pseudonyms.check();
    for (String code : Instruments.CODES) {
      if (surveys.instrument(code).isEmpty()) {
        surveys.persist(Instruments.build(code, clock.instant()));
      }
    }
    if (surveys.instrument(ClientOpinion.CODE).isEmpty()) {
      Questionnaire opinion = ClientOpinion.build(clock.instant());
      surveys.persist(opinion);
      surveys.persist(
          new Campaign(
              opinion,
              Phase.CLIENT,
              null,
              null,
              0,
              "Avis des établissements (clients)",
              clock.instant(),
              Actor.SYSTEM));
    }
    if (surveys.instrument(TrainerOpinion.CODE).isEmpty()) {
      Questionnaire opinion = TrainerOpinion.build(clock.instant());
      surveys.persist(opinion);
      surveys.persist(
          new Campaign(
              opinion,
              Phase.TRAINER,
              null,
              null,
              0,
              "Avis des formateurs",
              clock.instant(),
              Actor.SYSTEM));
    }
  }
}
