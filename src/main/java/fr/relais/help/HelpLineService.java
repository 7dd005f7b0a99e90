package fr.relais.help;

import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The support lines: everyone reads them; administrators add, change, remove and order them, each
 * change audited under "help_line".
 */
@Stateless
public class HelpLineService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  /** Every line, national first, in the administrators' order. */
  public List<HelpLine> all() {
    // Scopes in the enum's order (national first), not the alphabetical order of their codes.
    return em.createQuery("SELECT h FROM HelpLine h", HelpLine.class).getResultList().stream()
        .sorted(
            Comparator.comparing(HelpLine::getScope)
                .thenComparingInt(HelpLine::getPosition)
                .thenComparing(HelpLine::getId))
        .toList();
  }

  public HelpLine find(long id) {
    HelpLine line = em.find(HelpLine.class, id);
    if (line == null) {
      throw new NotFoundException("help line " + id);
    }
    return line;
  }

  /** Adds a line at the end of its list; returns its id. */
  public long add(Caller by, HelpLineForm form) {
    by.mustAdminister();
    HelpLineRules.check(form, LocalDate.now(clock));
    HelpLine line = new HelpLine(form.getScope(), nextPosition(form.getScope()));
    line.apply(form);
    em.persist(line);
    em.flush();
    audit.record("help_line", line.getId(), "HELP_LINE_ADDED", line.getName());
    return line.getId();
  }

  public void change(Caller by, long id, HelpLineForm form) {
    by.mustAdminister();
    HelpLineRules.check(form, LocalDate.now(clock));
    HelpLine line = find(id);
    if (line.getScope() != form.getScope()) {
      line.moveTo(form.getScope(), nextPosition(form.getScope()));
    }
    line.apply(form);
    audit.record("help_line", id, "HELP_LINE_CHANGED", line.getName());
  }

  public void remove(Caller by, long id) {
    by.mustAdminister();
    HelpLine line = find(id);
    em.remove(line);
    audit.record("help_line", id, "HELP_LINE_REMOVED", line.getName());
  }

  /** Swaps the line with its neighbour above (up) or below in the same list; false at an end. */
  public boolean move(Caller by, long id, boolean up) {
    by.mustAdminister();
    HelpLine line = find(id);
    List<HelpLine> list = all().stream().filter(h -> h.getScope() == line.getScope()).toList();
    int at = list.indexOf(line);
    int other = up ? at - 1 : at + 1;
    if (at < 0 || other < 0 || other >= list.size()) {
      return false;
    }
    // Renumber the list as shown, then swap: positions stay distinct even after removals.
    for (int i = 0; i < list.size(); i++) {
      list.get(i).moveTo(line.getScope(), i + 1);
    }
    HelpLine neighbour = list.get(other);
    neighbour.moveTo(line.getScope(), at + 1);
    line.moveTo(line.getScope(), other + 1);
    audit.record("help_line", id, "HELP_LINE_MOVED", (up ? "up: " : "down: ") + line.getName());
    return true;
  }

  private int nextPosition(HelpLine.Scope scope) {
    Integer last =
        em.createQuery("SELECT MAX(h.position) FROM HelpLine h WHERE h.scope = :s", Integer.class)
            .setParameter("s", scope)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }
}
