package fr.relais.establishment;

import fr.relais.people.Region;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.site.Site;
import fr.relais.site.SiteKind;
import fr.relais.site.SiteRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The choices of the request forms: establishments, activities, kinds, regions, audiences. */
@Named
@RequestScoped
public class EstablishmentOptions {

  @Inject private EstablishmentRepository repository;
  @Inject private SiteRepository sites;

  private List<Site> establishments;
  private List<Activity> activities;

  /** Partner establishments open in the programme, by name (loaded once per request). */
  public List<Site> getEstablishments() {
    if (establishments == null) {
      establishments =
          sites.partners().stream().filter(s -> s.getKind().isEstablishment()).toList();
    }
    return establishments;
  }

  /** What an establishment may ask for: JADES days and trainings still in the programme. */
  public List<Activity> getActivities() {
    if (activities == null) {
      activities = repository.requestableActivities();
    }
    return activities;
  }

  public List<SiteKind> getKinds() {
    return Arrays.stream(SiteKind.values()).filter(SiteKind::isEstablishment).toList();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public Audience[] getAudiences() {
    return Audience.values();
  }

  public RequestStatus[] getStatuses() {
    return RequestStatus.values();
  }

  /** The page's badge for a request's state, in the colours the sessions' states already use. */
  public String statusClass(RequestStatus status) {
    return switch (status) {
      case REQUESTED, PROPOSED -> "status status--DRAFT";
      case ACCEPTED, SCHEDULED -> "status status--PUBLISHED";
      case HELD, CLOSED -> "status status--COMPLETED";
      case DECLINED, WITHDRAWN -> "status status--CANCELLED";
    };
  }
}
