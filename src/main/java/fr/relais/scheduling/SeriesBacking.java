package fr.relais.scheduling;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates recurring sessions: the plan, a preview of every day it yields (public holidays left
 * unticked), then all sessions at once. Roles: COORDINATOR, ADMIN.
 */
@Named
@ViewScoped
public class SeriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SeriesService series;
  @Inject private CurrentUser currentUser;
  @Inject private SchedulingChoices choices;

  private SchedulingChoices.Choices options;
  private final SessionForm form = new SessionForm();
  private List<DayOfWeek> weekdays = new ArrayList<>();
  private LocalTime startTime;
  private LocalTime endTime;
  private LocalDate firstDay;
  private LocalDate lastDay;
  private List<SeriesPlan.Occurrence> preview = List.of();
  private List<String> chosenDays = new ArrayList<>();
  private boolean publish = true;

  @PostConstruct
  void load() {
    options = choices.load();
    form.setMode(SessionMode.ONLINE);
  }

  private SeriesPlan plan() {
    return new SeriesPlan(
        weekdays.isEmpty() ? Set.of() : EnumSet.copyOf(weekdays),
        startTime,
        endTime,
        firstDay,
        lastDay);
  }

  /** Lists the days the plan yields; holidays start unticked, every other day ticked. */
  public void showPreview() {
    preview = plan().occurrences();
    chosenDays =
        new ArrayList<>(
            preview.stream().filter(o -> !o.isHoliday()).map(o -> o.day().toString()).toList());
    if (preview.isEmpty()) {
      Feedback.error("series.noDate");
    }
  }

  public void create() throws IOException {
    Set<LocalDate> days = new HashSet<>();
    chosenDays.forEach(d -> days.add(LocalDate.parse(d)));
    form.setStartTime(startTime);
    form.setEndTime(endTime);
    form.setDay(firstDay);
    try {
      Series created = series.create(currentUser.caller(), plan(), days, form.toPlan(), publish);
      Feedback.info("series.created", days.size());
      Pages.redirect("/scheduling/sessions?series=" + created.getId());
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "series");
    }
  }

  public DayOfWeek[] getAllWeekdays() {
    return DayOfWeek.values();
  }

  public SessionMode[] getModes() {
    return SessionMode.values();
  }

  public SchedulingChoices.Choices getOptions() {
    return options;
  }

  public SessionForm getForm() {
    return form;
  }

  public List<DayOfWeek> getWeekdays() {
    return weekdays;
  }

  public void setWeekdays(List<DayOfWeek> weekdays) {
    this.weekdays = weekdays == null ? new ArrayList<>() : weekdays;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public List<SeriesPlan.Occurrence> getPreview() {
    return preview;
  }

  public List<String> getChosenDays() {
    return chosenDays;
  }

  public void setChosenDays(List<String> chosenDays) {
    this.chosenDays = chosenDays == null ? new ArrayList<>() : chosenDays;
  }

  public boolean isPublish() {
    return publish;
  }

  public void setPublish(boolean publish) {
    this.publish = publish;
  }
}
