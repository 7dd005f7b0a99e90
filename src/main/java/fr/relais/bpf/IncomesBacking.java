package fr.relais.bpf;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import fr.relais.programme.Euros;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A session's incomes other than its convention (/scheduling/incomes?id=): listed, added, changed,
 * removed. Roles: COORDINATOR, ADMIN (web.xml /scheduling/*; the service checks it too).
 */
@Named
@ViewScoped
public class IncomesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SessionIncomeService incomes;
  @Inject private CurrentUser currentUser;

  /** One line of the list, as the page shows it. */
  public record Line(long id, String amount, IncomeSource source, String funder, String note)
      implements Serializable {

    public long getId() {
      return id;
    }

    public String getAmount() {
      return amount;
    }

    public IncomeSource getSource() {
      return source;
    }

    public String getFunder() {
      return funder;
    }

    public String getNote() {
      return note;
    }
  }

  private String id;
  private long sessionId;
  private String title;
  private java.time.Instant start;
  private boolean trainingAction;
  private List<Line> lines = List.of();
  private String total;
  private Long editing;
  private String amount;
  private IncomeSource source;
  private String funder;
  private String note;

  public void load() throws IOException {
    SessionIncomeService.Heading heading =
        Ids.parse(id).flatMap(s -> incomes.heading(currentUser.caller(), s)).orElse(null);
    if (heading == null) {
      Pages.notFound();
      return;
    }
    sessionId = heading.sessionId();
    title = heading.title();
    start = heading.start();
    trainingAction = heading.trainingAction();
    refresh();
  }

  private void refresh() {
    List<SessionIncome> all = incomes.of(currentUser.caller(), sessionId);
    lines =
        all.stream()
            .map(
                i ->
                    new Line(
                        i.getId(),
                        Euros.text(i.getAmountCents()),
                        i.getSource(),
                        i.getFunder(),
                        i.getNote()))
            .toList();
    total = Euros.text(all.stream().mapToLong(SessionIncome::getAmountCents).sum());
  }

  public void save() {
    IncomeInput input = new IncomeInput(amount, source, funder, note);
    try {
      if (editing == null) {
        incomes.add(currentUser.caller(), sessionId, input);
      } else {
        incomes.change(currentUser.caller(), editing, input);
      }
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "income");
      return;
    }
    Feedback.info(editing == null ? "facts.income.added" : "facts.income.changed");
    clear();
    refresh();
  }

  public void edit(long incomeId) {
    incomes.of(currentUser.caller(), sessionId).stream()
        .filter(i -> i.getId() == incomeId)
        .findFirst()
        .ifPresent(
            i -> {
              editing = i.getId();
              amount = Euros.typed(i.getAmountCents());
              source = i.getSource();
              funder = i.getFunder();
              note = i.getNote();
            });
  }

  public void remove(long incomeId) {
    try {
      incomes.remove(currentUser.caller(), incomeId);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "income");
      return;
    }
    Feedback.info("facts.income.removed");
    clear();
    refresh();
  }

  public void clear() {
    editing = null;
    amount = null;
    source = null;
    funder = null;
    note = null;
  }

  public IncomeSource[] getSources() {
    return IncomeSource.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getSessionId() {
    return sessionId;
  }

  public String getTitle() {
    return title;
  }

  public java.time.Instant getStart() {
    return start;
  }

  public boolean isTrainingAction() {
    return trainingAction;
  }

  public List<Line> getLines() {
    return lines;
  }

  public String getTotal() {
    return total;
  }

  public Long getEditing() {
    return editing;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public IncomeSource getSource() {
    return source;
  }

  public void setSource(IncomeSource source) {
    this.source = source;
  }

  public String getFunder() {
    return funder;
  }

  public void setFunder(String funder) {
    this.funder = funder;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
