package fr.relais.quality;

import fr.relais.kernel.NativeSql;
import fr.relais.people.Account;
import fr.relais.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The register's and the log's queries. */
@ApplicationScoped
public class QualityRepository {

  @PersistenceContext private EntityManager em;

  public Optional<QualityCase> find(long id) {
    return Optional.ofNullable(em.find(QualityCase.class, id));
  }

  public Optional<QualityCase> byFollowHash(String hash) {
    return em.createQuery("SELECT c FROM QualityCase c WHERE c.followHash = :h", QualityCase.class)
        .setParameter("h", hash)
        .getResultStream()
        .findFirst();
  }

  /** The register, newest first; null filters are ignored. */
  public List<QualityCase> cases(CaseStatus status, CaseKind kind, Instant from, Instant to) {
    TypedQuery<QualityCase> q =
        em.createQuery(
            """
            SELECT c FROM QualityCase c WHERE (:status IS NULL OR c.status = :status)
            AND (:kind IS NULL OR c.kind = :kind)
            AND c.submittedAt >= :from AND c.submittedAt < :to
            ORDER BY c.submittedAt DESC, c.id DESC
            """,
            QualityCase.class);
    return q.setParameter("status", status)
        .setParameter("kind", kind)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  public List<CaseEvent> events(long caseId) {
    return em.createQuery(
            "SELECT e FROM CaseEvent e WHERE e.caseId = :c ORDER BY e.at, e.id", CaseEvent.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** The improvements that name this case among their sources. */
  public List<Improvement> improvementsOf(long caseId) {
    return em.createQuery(
            "SELECT DISTINCT s.improvement FROM ImprovementSource s WHERE s.qualityCase.id = :c",
            Improvement.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  public List<Improvement> improvements() {
    return em.createQuery(
            "SELECT i FROM Improvement i ORDER BY i.doneOn NULLS FIRST, i.dueOn NULLS LAST, i.id DESC",
            Improvement.class)
        .getResultList();
  }

  /** Cases one account submitted, or one address did as a visitor ("Vos données", erasure). */
  public List<QualityCase> submittedBy(long accountId, String email) {
    return em.createQuery(
            """
            SELECT c FROM QualityCase c WHERE c.recordedByStaff = false
            AND (c.account.id = :a OR c.submitterEmail = :e) ORDER BY c.submittedAt
            """,
            QualityCase.class)
        .setParameter("a", accountId)
        .setParameter("e", email)
        .getResultList();
  }

  /** Cases submitted from one address since an instant (the form's throttle). */
  public long submittedSince(String email, Instant since) {
    return ((Number)
            em.createNativeQuery(
                    """
                    SELECT count(*) FROM quality_case c LEFT JOIN account a ON a.id = c.account_id
                    WHERE coalesce(a.email, c.submitter_email) = ?
                    AND c.submitted_at > CAST(? AS timestamptz)
                    """)
                .setParameter(1, email)
                .setParameter(2, Timestamp.from(since))
                .getSingleResult())
        .longValue();
  }

  public long nextNumber() {
    return ((Number)
            em.createNativeQuery("SELECT nextval('quality_case_number_seq')").getSingleResult())
        .longValue();
  }

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

  /** Whether this account leads this session (trainers record incidents of their sessions). */
  public boolean leads(long accountId, long sessionId) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT count(*) FROM session_trainer WHERE account_id = ? AND session_id = ?")
                    .setParameter(1, accountId)
                    .setParameter(2, sessionId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  /** The lines of {@link PublicResults#SQL} for the period [from, to). */
  public List<ResultsTable.Line> publicResults(Instant from, Instant to) {
    return NativeSql.records(
        em.createNativeQuery(PublicResults.SQL),
        ResultsTable.Line.class,
        java.sql.Timestamp.from(from),
        java.sql.Timestamp.from(to));
  }

  public void flush() {
    em.flush();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public <T> T find(Class<T> type, Object id) {
    return em.find(type, id);
  }
}
