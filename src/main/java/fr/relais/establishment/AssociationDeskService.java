package fr.relais.establishment;

import fr.relais.people.Caller;
import fr.relais.site.Site;
import fr.relais.site.SiteKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;

/**
 * What the association reads about establishments: the requests (newest first, by state), the
 * establishments and one request's page. Coordinators only; contacts read a request through {@link
 * #request} too, for their own establishment.
 */
@Stateless
public class AssociationDeskService {

  @PersistenceContext private EntityManager em;
  @Inject private EstablishmentRepository repository;
  @Inject private Contacts contacts;

  public List<EstablishmentRequest> requests(Caller by, RequestStatus status) {
    by.mustCoordinate();
    return repository.requests(status);
  }

  /** An establishment of the list, with how many active contacts and open requests it has. */
  public record EstablishmentLine(Site site, long contacts, long openRequests)
      implements java.io.Serializable {}

  public List<EstablishmentLine> establishments(Caller by) {
    by.mustCoordinate();
    return em.createQuery(
            """
            SELECT NEW fr.relais.establishment.AssociationDeskService.EstablishmentLine(s,
            (SELECT COUNT(c) FROM EstablishmentContact c WHERE c.site = s
            AND c.status = :active),
            (SELECT COUNT(r) FROM EstablishmentRequest r WHERE r.site = s
            AND r.awaitingContactCheck = FALSE AND r.status NOT IN :done))
            FROM Site s WHERE s.kind IN :kinds AND s.archived = FALSE ORDER BY s.name
            """,
            EstablishmentLine.class)
        .setParameter("active", ContactStatus.ACTIVE)
        .setParameter(
            "done",
            EnumSet.of(RequestStatus.CLOSED, RequestStatus.DECLINED, RequestStatus.WITHDRAWN))
        .setParameter(
            "kinds",
            EnumSet.of(
                SiteKind.HOSPITAL, SiteKind.CLINIC, SiteKind.NURSING_HOME, SiteKind.UNIVERSITY))
        .getResultList();
  }

  /** One request, its history and its establishment's active contacts, for whoever may read it. */
  public RequestView request(Caller by, long requestId) {
    EstablishmentRequest request = contacts.readable(by, requestId);
    List<EstablishmentContact> people =
        repository.contactsOf(request.getSite().getId()).stream()
            .filter(EstablishmentContact::isActive)
            .toList();
    return new RequestView(request, repository.history(requestId), people);
  }
}
