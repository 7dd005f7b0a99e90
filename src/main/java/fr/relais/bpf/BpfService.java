package fr.relais.bpf;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import fr.relais.registration.CategorySource;
import fr.relais.registration.Registration;
import fr.relais.registration.TraineeCategory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The BPF (bilan pédagogique et financier, cerfa 10443) of a fiscal year: its figures, the data
 * warnings, the figures a coordinator types, the correction of a trainee's category. Coordinators
 * and administrators only.
 */
@Stateless
public class BpfService {

  /** The years a BPF may be asked for (the declared figures' table checks the same). */
  public static final int FIRST_YEAR = 2000;

  public static final int LAST_YEAR = 2100;

  @PersistenceContext private EntityManager em;
  @Inject private BpfFacts facts;
  @Inject private BpfWarnings warnings;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  public BpfYear year(Caller by, int year) {
    by.mustCoordinate();
    checkYear(year);
    List<BpfRows.Trainee> trainees = facts.trainees(year);
    List<BpfRows.Income> incomes = facts.incomes(year);
    return BpfYear.of(
        year,
        trainees,
        facts.trainers(year),
        incomes,
        declared(year),
        warnings.of(year, trainees, incomes));
  }

  /** The figures typed for the year (absent while not typed). */
  public Map<DeclaredItem, Long> declared(int year) {
    Map<DeclaredItem, Long> values = new EnumMap<>(DeclaredItem.class);
    for (Object row :
        em.createNativeQuery("SELECT item, amount FROM bpf_declared WHERE year = ?")
            .setParameter(1, year)
            .getResultList()) {
      Object[] r = (Object[]) row;
      values.put(DeclaredItem.valueOf((String) r[0]), ((Number) r[1]).longValue());
    }
    return values;
  }

  /**
   * Types the year's figures Relais does not hold; a null value clears one. Every out-of-range
   * value is refused at once, next to its field, and nothing is stored then.
   */
  public void declare(Caller by, int year, Map<DeclaredItem, Long> values) {
    by.mustCoordinate();
    checkYear(year);
    List<InvalidInput.FieldError> errors =
        values.entrySet().stream()
            .filter(
                e -> e.getValue() != null && (e.getValue() < 0 || e.getValue() > e.getKey().max()))
            .map(
                e ->
                    new InvalidInput.FieldError(
                        e.getKey().name(), "bpf.declared.range", e.getKey().max()))
            .toList();
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Timestamp now = Timestamp.from(clock.instant());
    for (Map.Entry<DeclaredItem, Long> e : values.entrySet()) {
      if (e.getValue() == null) {
        em.createNativeQuery("DELETE FROM bpf_declared WHERE year = ? AND item = ?")
            .setParameter(1, year)
            .setParameter(2, e.getKey().name())
            .executeUpdate();
      } else {
        em.createNativeQuery(
                """
                INSERT INTO bpf_declared (year, item, amount, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (year, item) DO UPDATE SET
                amount = EXCLUDED.amount, updated_at = EXCLUDED.updated_at,
                updated_by = EXCLUDED.updated_by
                """)
            .setParameter(1, year)
            .setParameter(2, e.getKey().name())
            .setParameter(3, e.getValue())
            .setParameter(4, now)
            .setParameter(5, by.email())
            .executeUpdate();
      }
    }
    audit.record("bpf", (long) year, "DECLARED", values.toString());
  }

  /** A coordinator sets a registration's trainee category (source CORRECTED), audited. */
  public void correctCategory(Caller by, long registrationId, TraineeCategory category) {
    by.mustCoordinate();
    if (category == null) {
      throw new InvalidInput(
          List.of(new InvalidInput.FieldError("category", "bpf.category.required")));
    }
    Registration registration = em.find(Registration.class, registrationId);
    if (registration == null) {
      throw new NotFoundException("registration");
    }
    TraineeCategory before = registration.getTraineeCategory();
    registration.categorise(category, CategorySource.CORRECTED);
    audit.record(
        "registration",
        registrationId,
        "CATEGORY_CORRECTED",
        (before == null ? "none" : before.name()) + " -> " + category.name());
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new NotFoundException("BPF year " + year);
    }
  }
}
