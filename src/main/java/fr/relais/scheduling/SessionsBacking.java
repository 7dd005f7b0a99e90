package fr.relais.scheduling;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Option;
import fr.relais.people.CurrentUser;
import fr.relais.programme.Format;
import fr.relais.site.SiteRepository;
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

/**
 * The coordinators' list of sessions, every status, filtered and paged in SQL. Roles: COORDINATOR,
 * ADMIN.
 */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SessionQuery query;
  @Inject private CurrentUser currentUser;
  @Inject private SessionService sessions;
  @Inject private SiteRepository sites;

  private final SessionFilter filter = new SessionFilter();
  private List<Option> siteOptions;
  private LazyDataModel<SessionRow> rows;

  @PostConstruct
  void init() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Ids.parse(params.get("series")).ifPresent(filter::setSeriesId);
    siteOptions = sites.sites(false).stream().map(s -> new Option(s.getId(), s.getName())).toList();
    rows = new Rows();
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
      return query.page(filter, first, size);
    }

    @Override
    public String getRowKey(SessionRow row) {
      return String.valueOf(row.getId());
    }
  }
}
