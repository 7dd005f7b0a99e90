package fr.relais.catalog;

import fr.relais.people.Account;
import fr.relais.scheduling.SessionFilter;
import fr.relais.scheduling.SessionListRepository;
import fr.relais.scheduling.SessionRow;
import fr.relais.site.Site;
import fr.relais.site.SiteRepository;
import fr.relais.trainers.TrainerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * What the calendar page reads: the sessions of the range shown and the choices of its filters.
 * They belong to scheduling, site and trainers, whose repositories answer.
 */
@ApplicationScoped
public class CalendarRepository {

  @Inject private SessionListRepository sessions;
  @Inject private SiteRepository sites;
  @Inject private TrainerRepository trainers;

  /** Sessions starting in [from, to); drafts only when asked for (coordinators). */
  public List<SessionRow> between(
      Instant from, Instant to, SessionFilter filter, boolean withDrafts) {
    return sessions.between(from, to, filter, withDrafts);
  }

  /** Sites not archived. */
  public List<Site> sites() {
    return sites.sites(false);
  }

  /** Every trainer account, by name. */
  public List<Account> trainers() {
    return trainers.trainers();
  }
}
