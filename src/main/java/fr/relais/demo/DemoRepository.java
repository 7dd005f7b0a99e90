package fr.relais.demo;

import fr.relais.people.Account;
import fr.relais.programme.Activity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

/**
 * The demo seeder's one way to the database, in the seeder's transaction. The seed writes its rows
 * straight to the tables instead of through the features' services: it builds past years
 * (attendance, answers, filed documents) that no service would accept at today's date. Demo mode
 * only ({@link DemoSeeder}).
 */
@ApplicationScoped
public class DemoRepository {

  @PersistenceContext private EntityManager em;

  public void save(Object entity) {
    em.persist(entity);
  }

  public <T> T find(Class<T> type, Object id) {
    return em.find(type, id);
  }

  /** Writes what is pending, so that the SQL statements that follow see it. */
  public void flush() {
    em.flush();
  }

  /** Reads the entity again, after an SQL statement changed its row. */
  public void refresh(Object entity) {
    em.refresh(entity);
  }

  /** Forgets the entities read so far (a large seed step keeps memory flat). */
  public void clear() {
    em.clear();
  }

  public <T> TypedQuery<T> query(String jpql, Class<T> type) {
    return em.createQuery(jpql, type);
  }

  public Query sql(String sql) {
    return em.createNativeQuery(sql);
  }

  public Account account(String email) {
    return query("SELECT a FROM Account a WHERE a.email = :email", Account.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  /** The first activity whose title starts so. */
  public Activity activity(String titleStart) {
    return query("SELECT a FROM Activity a WHERE a.title LIKE :t ORDER BY a.id", Activity.class)
        .setParameter("t", titleStart + "%")
        .setMaxResults(1)
        .getSingleResult();
  }
}
