package fr.relais.reporting;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** The short text coordinators write to open a year's annual report. */
@Stateless
public class AnnualForewordService {

  static final int MAX_LENGTH = 4000;

  @PersistenceContext private EntityManager em;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  /** The year's text, or "" when none was written. */
  public String of(int year) {
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery("SELECT text FROM annual_foreword WHERE year = ?")
            .setParameter(1, year)
            .getResultList();
    return rows.isEmpty() ? "" : rows.get(0);
  }

  /** Writes (or, with a blank text, removes) the year's text. Coordinators only. */
  public void save(Caller caller, int year, String text) {
    caller.mustCoordinate();
    String clean = text == null ? "" : text.strip();
    if (clean.length() > MAX_LENGTH) {
      throw BusinessException.onField("foreword", "report.annual.foreword.tooLong", MAX_LENGTH);
    }
    if (year < 2000 || year > 2100) {
      throw BusinessException.onField("year", "report.annual.foreword.year");
    }
    if (clean.isEmpty()) {
      em.createNativeQuery("DELETE FROM annual_foreword WHERE year = ?")
          .setParameter(1, year)
          .executeUpdate();
    } else {
      em.createNativeQuery(
              """
              INSERT INTO annual_foreword (year, text, updated_at, updated_by_id)
              VALUES (?, ?, CAST(? AS timestamptz), ?) ON CONFLICT (year) DO UPDATE
              SET text = EXCLUDED.text, updated_at = EXCLUDED.updated_at,
              updated_by_id = EXCLUDED.updated_by_id
              """)
          .setParameter(1, year)
          .setParameter(2, clean)
          .setParameter(3, Timestamp.from(clock.instant()))
          .setParameter(4, caller.accountId())
          .executeUpdate();
    }
    audit.record("annual_report", (long) year, "FOREWORD_SAVED", clean.length() + " characters");
  }
}
