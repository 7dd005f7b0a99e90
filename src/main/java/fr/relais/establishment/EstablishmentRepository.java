package fr.relais.establishment;

import fr.relais.people.Account;
import fr.relais.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The queries of the establishment feature; parameters only. */
@ApplicationScoped
public class EstablishmentRepository {

  @PersistenceContext private EntityManager em;

  public Optional<EstablishmentContact> contact(long accountId) {
    return Optional.ofNullable(em.find(EstablishmentContact.class, accountId));
  }

  public List<EstablishmentContact> contactsOf(long siteId) {
    return em.createQuery(
            "SELECT c FROM EstablishmentContact c WHERE c.site.id = :site"
                + " ORDER BY c.account.lastName, c.account.firstName",
            EstablishmentContact.class)
        .setParameter("site", siteId)
        .getResultList();
  }

  public Optional<EstablishmentRequest> request(long id) {
    return Optional.ofNullable(em.find(EstablishmentRequest.class, id));
  }

  public List<EstablishmentRequest> requestsOf(long siteId) {
    return em.createQuery(
            "SELECT r FROM EstablishmentRequest r WHERE r.site.id = :site"
                + " ORDER BY r.createdAt DESC",
            EstablishmentRequest.class)
        .setParameter("site", siteId)
        .getResultList();
  }

  public List<RequestEvent> history(long requestId) {
    return em.createQuery(
            "SELECT e FROM RequestEvent e WHERE e.requestId = :request ORDER BY e.at, e.id",
            RequestEvent.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  /** The request's conventions, latest version first. */
  public List<Convention> conventions(long requestId) {
    return em.createQuery(
            "SELECT c FROM Convention c WHERE c.request.id = :request ORDER BY c.number DESC",
            Convention.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  /** The active contacts of an establishment: the people mailed when the association acts. */
  public List<Account> activeContacts(long siteId) {
    return em.createQuery(
            "SELECT c.account FROM EstablishmentContact c WHERE c.site.id = :site"
                + " AND c.status = :active AND c.account.deactivatedAt IS NULL",
            Account.class)
        .setParameter("site", siteId)
        .setParameter("active", ContactStatus.ACTIVE)
        .getResultList();
  }

  /** The coordinators: the people mailed when an establishment acts. */
  public List<Account> coordinators() {
    return em.createQuery(
            "SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r = :role"
                + " AND a.deactivatedAt IS NULL",
            Account.class)
        .setParameter("role", Role.COORDINATOR)
        .getResultList();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }
}
