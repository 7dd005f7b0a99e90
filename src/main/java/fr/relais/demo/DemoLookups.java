package fr.relais.demo;

import fr.relais.kernel.ClockProducer;
import fr.relais.people.Account;
import fr.relais.programme.Activity;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** What the demo's seeders look up by name: its people, its activities, a Paris time. */
final class DemoLookups {

  private DemoLookups() {}

  static Account account(EntityManager em, String email) {
    return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  /** The first activity whose title starts so. */
  static Activity activity(EntityManager em, String titleStart) {
    return em.createQuery(
            "SELECT a FROM Activity a WHERE a.title LIKE :t ORDER BY a.id", Activity.class)
        .setParameter("t", titleStart + "%")
        .setMaxResults(1)
        .getSingleResult();
  }

  static ZonedDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(hour, minute).atZone(ClockProducer.PARIS);
  }
}
