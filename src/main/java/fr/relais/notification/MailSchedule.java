package fr.relais.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Retries what could not be sent (SMTP down, a restart mid-send) every ten seconds. Not persistent:
 * the outbox table is the state, so a restart loses nothing.
 */
@Startup
@Singleton
public class MailSchedule {

  @Inject private MailDispatcher dispatcher;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  void retry() {
    dispatcher.sweepNow();
  }
}
