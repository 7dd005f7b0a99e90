package fr.relais.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application, in the association's time zone. */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(PARIS);
  }
}
