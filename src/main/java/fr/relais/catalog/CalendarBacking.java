package fr.relais.catalog;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Option;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionFilter;
import fr.relais.scheduling.SessionRow;
import fr.relais.scheduling.SessionStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The calendar of sessions, by month or week, filtered by site, format and trainer (GET parameters,
 * bookmarkable). Everyone sees published sessions; coordinators see drafts too and open the edit
 * page. Open to everyone; stateless.
 */
@Named
@RequestScoped
public class CalendarBacking {

  @Inject private CalendarRepository calendar;
  @Inject private CurrentUser currentUser;

  private final SessionFilter filter = new SessionFilter();
  private ScheduleModel model;
  private boolean coordinator;
  private LocalDate initialDate;

  @PostConstruct
  void init() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Ids.parse(params.get("site")).ifPresent(filter::setSiteId);
    Ids.parse(params.get("trainer")).ifPresent(filter::setTrainerId);
    parseFormat(params.get("format"));
    initialDate = parseDay(params.get("date"));
    coordinator = currentUser.has(Role.COORDINATOR_ROLE) || currentUser.has(Role.ADMIN_ROLE);
    model = new Events();
  }

  private void parseFormat(String raw) {
    if (raw == null) {
      return;
    }
    try {
      filter.setFormat(Format.valueOf(raw.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException nonsense) {
      // Ignored, as the catalogue does.
    }
  }

  private static LocalDate parseDay(String raw) {
    try {
      return raw == null ? null : LocalDate.parse(raw.strip());
    } catch (java.time.format.DateTimeParseException nonsense) {
      return null;
    }
  }

  /** The month or week to open on (?date=2027-05-04), today otherwise. */
  public LocalDate getInitialDate() {
    return initialDate;
  }

  public ScheduleModel getModel() {
    return model;
  }

  public SessionFilter getFilter() {
    return filter;
  }

  public List<Option> getSites() {
    return calendar.sites().stream().map(s -> new Option(s.getId(), s.getName())).toList();
  }

  public List<Option> getTrainers() {
    return calendar.trainers().stream()
        .map(t -> new Option(t.getId(), t.getDisplayName()))
        .toList();
  }

  public Format[] getFormats() {
    return Format.values();
  }

  private final class Events extends LazyScheduleModel {
    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      String context =
          FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
      for (SessionRow row :
          calendar.between(
              start.atZone(ClockProducer.PARIS).toInstant(),
              end.atZone(ClockProducer.PARIS).toInstant(),
              filter,
              coordinator)) {
        boolean draft = row.getStatus() == SessionStatus.DRAFT;
        addEvent(
            DefaultScheduleEvent.builder()
                .id(String.valueOf(row.getId()))
                .title(row.getTitle())
                .startDate(LocalDateTime.ofInstant(row.getStart(), ClockProducer.PARIS))
                .endDate(LocalDateTime.ofInstant(row.getEnd(), ClockProducer.PARIS))
                .styleClass("event event--" + row.getFormat() + (draft ? " event--draft" : ""))
                .url(
                    context
                        + (coordinator ? "/scheduling/session?id=" : "/catalog/session?id=")
                        + row.getId())
                .editable(false)
                .build());
      }
    }
  }
}
