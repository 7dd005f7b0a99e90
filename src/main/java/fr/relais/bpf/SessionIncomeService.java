package fr.relais.bpf;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import fr.relais.programme.Euros;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A session's incomes other than its accepted convention (which the BPF counts by itself): added,
 * changed and removed by coordinators and administrators. An income of a cancelled session is
 * refused; one of a prevention activity is kept but never counted (the BPF filters it).
 */
@Stateless
public class SessionIncomeService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  /** What the incomes page says of their session: its activity's title, start and kind. */
  public record Heading(long sessionId, String title, Instant start, boolean trainingAction) {}

  public Optional<Heading> heading(Caller by, long sessionId) {
    by.mustCoordinate();
    return Optional.ofNullable(em.find(Session.class, sessionId))
        .map(
            s ->
                new Heading(
                    s.getId(),
                    s.getActivity().getTitle(),
                    s.getStartsAt(),
                    s.getActivity().isTrainingAction()));
  }

  public List<SessionIncome> of(Caller by, long sessionId) {
    by.mustCoordinate();
    return em.createQuery(
            "SELECT i FROM SessionIncome i WHERE i.session.id = :s ORDER BY i.createdAt, i.id",
            SessionIncome.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  public SessionIncome add(Caller by, long sessionId, IncomeInput input) {
    by.mustCoordinate();
    Session session = em.find(Session.class, sessionId);
    if (session == null) {
      throw new NotFoundException("session " + sessionId);
    }
    if (session.getStatus() == SessionStatus.CANCELLED) {
      throw new BusinessException("facts.income.cancelledSession");
    }
    checked(input);
    SessionIncome income = new SessionIncome(session, input.cents(), clock.instant(), by.email());
    income.attribute(
        input.source(), IncomeInput.text(input.funder()), IncomeInput.text(input.note()));
    em.persist(income);
    em.flush();
    audit.record("session", sessionId, "INCOME_ADDED", describe(income));
    return income;
  }

  public SessionIncome change(Caller by, long incomeId, IncomeInput input) {
    by.mustCoordinate();
    SessionIncome income = income(incomeId);
    checked(input);
    income.setAmountCents(input.cents());
    income.attribute(
        input.source(), IncomeInput.text(input.funder()), IncomeInput.text(input.note()));
    audit.record("session", income.getSession().getId(), "INCOME_CHANGED", describe(income));
    return income;
  }

  public void remove(Caller by, long incomeId) {
    by.mustCoordinate();
    SessionIncome income = income(incomeId);
    em.remove(income);
    audit.record("session", income.getSession().getId(), "INCOME_REMOVED", describe(income));
  }

  private SessionIncome income(long id) {
    SessionIncome income = em.find(SessionIncome.class, id);
    if (income == null) {
      throw new NotFoundException("income " + id);
    }
    return income;
  }

  private static void checked(IncomeInput input) {
    List<FieldError> errors = input.problems();
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private static String describe(SessionIncome i) {
    return Euros.text(i.getAmountCents())
        + " | "
        + (i.getSource() == null ? "?" : i.getSource().line())
        + (i.getFunder() == null ? "" : " | " + i.getFunder());
  }
}
