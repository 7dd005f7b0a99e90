package fr.relais.survey;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * At start-up: refuses to run without the pseudonym secret, and adds the built-in instruments
 * (WHO-5, PSS-10, CBI) that are not in the database yet.
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
  }
}
