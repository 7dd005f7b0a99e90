package fr.relais.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Tells every {@link SessionListener} about a change, in the caller's transaction. */
@ApplicationScoped
public class SessionListeners {

  @Inject @Any private Instance<SessionListener> listeners;

  void seatsChanging(Session session, SessionPlan plan) {
    listeners.forEach(l -> l.seatsChanging(session, plan.capacity(), plan.studentSeats()));
  }

  void seatsChanged(Session session) {
    listeners.forEach(l -> l.seatsChanged(session));
  }

  void cancelled(Session session, String reason) {
    listeners.forEach(l -> l.cancelled(session, reason));
  }
}
