package fr.relais.testing;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Records the SQL statements EclipseLink sends on the current thread while a piece of code runs, so
 * that a test can say "one query per page, whatever its size" and fail on an N+1. In-container
 * only.
 */
public final class SqlStatements extends SessionEventAdapter {

  private final Thread thread = Thread.currentThread();
  private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

  private SqlStatements() {}

  /** The statements {@code work} sent, in order. */
  public static List<String> during(EntityManagerFactory factory, Runnable work) {
    Server server = factory.unwrap(Server.class);
    SqlStatements recorder = new SqlStatements();
    server.getEventManager().addListener(recorder);
    try {
      work.run();
    } finally {
      server.getEventManager().removeListener(recorder);
    }
    return List.copyOf(recorder.statements);
  }

  @Override
  public void preExecuteCall(SessionEvent event) {
    if (Thread.currentThread() == thread) {
      statements.add(String.valueOf(event.getCall()));
    }
  }
}
