package fr.relais.survey;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every five minutes: the surveys that open now, and the reminders that are due. */
@Singleton
public class SurveySchedule {

  @Inject private Invitations invitations;

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void mailDue() {
    invitations.mailDue();
  }
}
