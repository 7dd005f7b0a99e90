package fr.relais.reporting;

import fr.relais.kernel.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Runs the reports' queries ({@link ReportQuery}: SQL with positional parameters) in the caller's
 * transaction; the report classes shape the rows into tables.
 */
@ApplicationScoped
public class ReportRepository {

  @PersistenceContext private EntityManager em;

  /** The rows of a report query as records, each component from the column of its name. */
  public <R extends Record> List<R> records(ReportQuery query, Class<R> type) {
    return NativeSql.records(em.createNativeQuery(query.sql()), type, query.parameters().toArray());
  }

  /**
   * Report queries hash and sort a year of registrations and answers: more working memory than
   * PostgreSQL's default 4 MB, for this transaction only, keeps that in memory. And a plan for the
   * period asked each time: a statement prepared by the driver (after five runs) may otherwise get
   * a generic plan, blind to the period's bounds, which took the annual report from 1 s to 8 s.
   */
  public void roomToAggregate() {
    em.createNativeQuery("SET LOCAL work_mem = '64MB'").executeUpdate();
    em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
  }
}
