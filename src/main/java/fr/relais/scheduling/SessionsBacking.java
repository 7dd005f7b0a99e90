package fr.relais.scheduling;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Option;
import fr.relais.people.CurrentUser;
import fr.relais.programme.Format;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The coordinators' list of sessions, every status, filtered, sorted and paged in SQL; it opens on
 * what comes (?period=past for what is over, ?period=all for both). Roles: COORDINATOR, ADMIN.
 */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SessionListRepository query;
  @Inject private CurrentUser currentUser;
  @Inject private SessionService sessions;
  @Inject private SessionRepository repository;

  private final SessionFilter filter = new SessionFilter();
  private List<Option> siteOptions;
  private LazyDataModel<SessionRow> rows;

  @PostConstruct
  void init() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Ids.parse(params.get("series")).ifPresent(filter::setSeriesId);
    filter.setPeriod(period(params.get("period")));
    siteOptions =
        repository.openSites().stream().map(s -> new Option(s.getId(), s.getName())).toList();
    rows = new Rows();
  }

  /** What comes first; "past" for what is over, "all" for both (a series' sessions: all). */
  private SessionPeriod period(String asked) {
    if ("past".equals(asked)) {
      return SessionPeriod.PAST;
    }
    if ("all".equals(asked) || (asked == null && filter.getSeriesId() != null)) {
      return null;
    }
    return SessionPeriod.UPCOMING;
  }

  /** "upcoming", "past" or "all", for the tabs. */
  public String getPeriod() {
    return filter.getPeriod() == null
        ? "all"
        : filter.getPeriod().name().toLowerCase(java.util.Locale.ROOT);
  }

  public void publish(long id) {
    try {
      sessions.publish(currentUser.caller(), id);
      Feedback.info("session.published");
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "sessions");
    }
  }

  public void clearSeries() {
    filter.setSeriesId(null);
  }

  public SessionFilter getFilter() {
    return filter;
  }

  public LazyDataModel<SessionRow> getRows() {
    return rows;
  }

  public List<Option> getSites() {
    return siteOptions;
  }

  public SessionStatus[] getStatuses() {
    return SessionStatus.values();
  }

  public Format[] getFormats() {
    return Format.values();
  }

  private final class Rows extends LazyDataModel<SessionRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> ignored) {
      return (int) query.count(filter);
    }

    @Override
    public List<SessionRow> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> ignored) {
      SortMeta by = sort == null || sort.isEmpty() ? null : sort.values().iterator().next();
      return by == null
          ? query.page(filter, first, size)
          : query.page(filter, first, size, by.getField(), by.getOrder() == SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(SessionRow row) {
      return String.valueOf(row.getId());
    }
  }
}
