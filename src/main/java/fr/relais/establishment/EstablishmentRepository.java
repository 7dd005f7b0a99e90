package fr.relais.establishment;

import fr.relais.people.Account;
import fr.relais.people.Role;
import fr.relais.programme.Activity;
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
            """
            SELECT c FROM EstablishmentContact c WHERE c.site.id = :site
            ORDER BY c.account.lastName, c.account.firstName
            """,
            EstablishmentContact.class)
        .setParameter("site", siteId)
        .getResultList();
  }

  /**
   * The activity of that id if an establishment may ask for it ({@link RequestRules#requestable}).
   */
  public Optional<Activity> requestableActivity(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Activity.class, id))
        .filter(RequestRules::requestable);
  }

  public Optional<EstablishmentRequest> request(long id) {
    return Optional.ofNullable(em.find(EstablishmentRequest.class, id));
  }

  /**
   * The establishment's requests, newest first (those still held for a contact's check left out).
   */
  public List<EstablishmentRequest> requestsOf(long siteId) {
    return em.createQuery(
            """
            SELECT r FROM EstablishmentRequest r WHERE r.site.id = :site
            AND r.awaitingContactCheck = FALSE ORDER BY r.createdAt DESC, r.id DESC
            """,
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
            """
            SELECT c.account FROM EstablishmentContact c WHERE c.site.id = :site
            AND c.status = :active AND c.account.deactivatedAt IS NULL
            """,
            Account.class)
        .setParameter("site", siteId)
        .setParameter("active", ContactStatus.ACTIVE)
        .getResultList();
  }

  /** The coordinators: the people mailed when an establishment acts. */
  public List<Account> coordinators() {
    return em.createQuery(
            """
            SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r = :role
            AND a.deactivatedAt IS NULL
            """,
            Account.class)
        .setParameter("role", Role.COORDINATOR)
        .getResultList();
  }

  /** The contact whose unconfirmed address this link's token hash belongs to. */
  public Optional<EstablishmentContact> contactByToken(String tokenHash) {
    return em
        .createQuery(
            "SELECT c FROM EstablishmentContact c WHERE c.tokenHash = :hash",
            EstablishmentContact.class)
        .setParameter("hash", tokenHash)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Contacts in that state, oldest first (the coordinators' "À vérifier"). */
  public List<EstablishmentContact> contactsIn(ContactStatus status) {
    return em.createQuery(
            """
            SELECT c FROM EstablishmentContact c WHERE c.status = :status
            ORDER BY c.createdAt, c.accountId
            """,
            EstablishmentContact.class)
        .setParameter("status", status)
        .getResultList();
  }

  /** The requests a contact made on the public form, still held for their check. */
  public List<EstablishmentRequest> heldFor(long accountId) {
    return em.createQuery(
            """
            SELECT r FROM EstablishmentRequest r WHERE r.contact.id = :account
            AND r.awaitingContactCheck = TRUE ORDER BY r.id
            """,
            EstablishmentRequest.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** The requests the association sees, newest first, optionally of one state; at most 500. */
  public List<EstablishmentRequest> requests(RequestStatus status) {
    var query =
        em.createQuery(
            """
            SELECT r FROM EstablishmentRequest r WHERE r.awaitingContactCheck = FALSE%s
            ORDER BY r.createdAt DESC, r.id DESC
            """
                .formatted((status == null ? "" : " AND r.status = :status")),
            EstablishmentRequest.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.setMaxResults(500).getResultList();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  /** What an establishment may ask for: JADES days and trainings still in the programme. */
  public List<Activity> requestableActivities() {
    return em.createQuery(
            """
            SELECT a FROM Activity a WHERE a.archived = false AND a.format IN :formats
            ORDER BY a.title
            """,
            Activity.class)
        .setParameter(
            "formats",
            java.util.EnumSet.of(
                fr.relais.programme.Format.JADES, fr.relais.programme.Format.TRAINING))
        .getResultList();
  }
}
