package fr.relais.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * GET /health/live: the application answers. Deliberately nothing more — a database outage must not
 * make an orchestrator restart a process that will recover by itself.
 */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("relais");
  }
}
