package fr.relais.bpf;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import fr.relais.registration.TraineeCategory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The year's BPF page (?year=, default the last closed year): the frames with every figure a link
 * to what it counts, the warnings (with the in-page correction of a trainee's category), the
 * figures a coordinator types, the PDF and XLSX. Roles: COORDINATOR, ADMIN (web.xml).
 */
@Named
@ViewScoped
public class BpfBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BpfService bpf;
  @Inject private Clock clock;
  @Inject private CurrentUser currentUser;

  /** Items shown per kind of warning unless all of that kind are asked (?all=KIND). */
  static final int SHOWN_PER_KIND = 20;

  private String yearParam;
  private String allKind;
  private int year;
  private BpfYear figures;
  private BpfView view;
  private final Map<String, String> typed = new HashMap<>();
  private final Map<Long, String> corrections = new HashMap<>();

  public void load() {
    year = lastClosedYear();
    if (yearParam != null && yearParam.matches("\\d{4}")) {
      int asked = Integer.parseInt(yearParam);
      if (asked >= BpfService.FIRST_YEAR && asked <= BpfService.LAST_YEAR) {
        year = asked;
      }
    }
    refresh();
    typed.clear();
    bpf.declared(year).forEach((item, value) -> typed.put(item.name(), String.valueOf(value)));
  }

  private void refresh() {
    figures = bpf.year(currentUser.caller(), year);
    Texts texts = Texts.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    view = BpfView.of(figures, texts);
  }

  int lastClosedYear() {
    return LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear() - 1;
  }

  /** The years offered: from 2019 (when the current form's frames began) to this one. */
  public List<Integer> getYears() {
    int now = lastClosedYear() + 1;
    List<Integer> years = new ArrayList<>(IntStream.rangeClosed(2019, now).boxed().toList());
    if (!years.contains(year)) {
      years.add(year);
    }
    years.sort((a, b) -> b - a);
    return years;
  }

  public void saveDeclared() {
    Map<DeclaredItem, Long> values = new EnumMap<>(DeclaredItem.class);
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    for (DeclaredItem item : DeclaredItem.values()) {
      String text = typed.getOrDefault(item.name(), "");
      text = text == null ? "" : text.replaceAll("[\\s\u00A0\u202F]", "");
      if (text.isEmpty()) {
        values.put(item, null);
      } else if (text.matches("\\d{1,12}")) {
        values.put(item, Long.parseLong(text));
      } else {
        errors.add(new InvalidInput.FieldError(item.name(), "bpf.declared.number"));
      }
    }
    try {
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors);
      }
      bpf.declare(currentUser.caller(), year, values);
      Feedback.info("bpf.declared.saved", String.valueOf(year));
      refresh();
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "declared");
    }
  }

  public void correct(long registrationId) {
    try {
      String chosen = corrections.get(registrationId);
      TraineeCategory category =
          chosen == null || chosen.isBlank()
              ? null
              : java.util.Arrays.stream(TraineeCategory.values())
                  .filter(c -> c.name().equals(chosen))
                  .findFirst()
                  .orElse(null);
      bpf.correctCategory(currentUser.caller(), registrationId, category);
      Feedback.info("bpf.category.corrected");
      refresh();
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "warnings");
    }
  }

  /** The drill-down list of a figure. */
  public String link(String drill) {
    return "/obligations/bpf/list?year="
        + year
        + "&key="
        + URLEncoder.encode(drill, StandardCharsets.UTF_8);
  }

  /**
   * The items of a warning the page shows: the first {@link #SHOWN_PER_KIND}, or all of the kind
   * asked. Thousands of items, each with its form, made the page megabytes long at ten times today.
   */
  public List<BpfWarning.Item> shown(BpfWarning warning) {
    List<BpfWarning.Item> items = warning.items();
    return warning.kind().name().equals(allKind) || items.size() <= SHOWN_PER_KIND
        ? items
        : items.subList(0, SHOWN_PER_KIND);
  }

  /** The link showing every item of that warning. */
  public String allOf(BpfWarning warning) {
    return "/obligations/bpf/?year="
        + year
        + "&all="
        + warning.kind().name()
        + "#w-"
        + warning.kind();
  }

  public List<DeclaredItem> getDeclaredItems() {
    return List.of(DeclaredItem.values());
  }

  public TraineeCategory[] getCategories() {
    return TraineeCategory.values();
  }

  public String getYearParam() {
    return yearParam;
  }

  public void setYearParam(String yearParam) {
    this.yearParam = yearParam;
  }

  public String getAllKind() {
    return allKind;
  }

  public void setAllKind(String allKind) {
    this.allKind = allKind;
  }

  public int getYear() {
    return year;
  }

  /** The year as a message argument (a number would be written "2 025"). */
  public String getYearText() {
    return String.valueOf(year);
  }

  public BpfYear getFigures() {
    return figures;
  }

  public BpfView getView() {
    return view;
  }

  public Map<String, String> getTyped() {
    return typed;
  }

  public Map<Long, String> getCorrections() {
    return corrections;
  }
}
