package fr.relais.bpf;

import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The session whose incomes a page shows, read from scheduling (its feature). */
@ApplicationScoped
public class BpfSessionRepository {

  @Inject private SessionRepository sessions;

  public Optional<Session> find(long sessionId) {
    return sessions.find(sessionId);
  }
}
