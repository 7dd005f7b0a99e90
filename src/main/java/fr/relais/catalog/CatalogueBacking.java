package fr.relais.catalog;

import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.programme.Theme;
import fr.relais.scheduling.SessionMode;
import fr.relais.site.Site;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The public catalogue page. Stateless: the filters and the page number are query parameters
 * (bookmarkable, no HTTP session, no view state, no post-back), the list pages in SQL. Plain markup
 * rather than a data table: the page is the same for everyone, so it can be served from the public
 * copy to signed-in people too (docs/performance.md). Open to everyone.
 */
@Named
@RequestScoped
public class CatalogueBacking {

  static final int ROWS = 10;

  @Inject private CatalogueRepository catalogue;
  @Inject private CatalogueOptions options;

  private Map<String, String> parameters;
  private CatalogueFilter filter;
  private List<CatalogueEntry> sessions;
  private long total;
  private int page;
  private List<Theme> themes;
  private List<Site> sites;

  @PostConstruct
  void init() {
    parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    filter = CatalogueFilterParser.lenient().parse(parameters::get);
    total = catalogue.count(filter);
    int last = Math.max(1, (int) ((total + ROWS - 1) / ROWS));
    page = Math.min(last, Math.max(1, parsePage(parameters.get("page"))));
    sessions = total == 0 ? List.of() : catalogue.page(filter, (page - 1) * ROWS, ROWS);
  }

  private static int parsePage(String value) {
    try {
      return value == null ? 1 : Integer.parseInt(value.strip());
    } catch (NumberFormatException nonsense) {
      return 1; // lenient like the filters: a bad number shows the first page
    }
  }

  public CatalogueFilter getFilter() {
    return filter;
  }

  public boolean isFiltered() {
    return !CatalogueFilter.ANY.equals(filter);
  }

  public List<CatalogueEntry> getSessions() {
    return sessions;
  }

  public long getTotal() {
    return total;
  }

  public int getFirstShown() {
    return (page - 1) * ROWS + 1;
  }

  public int getLastShown() {
    return (page - 1) * ROWS + sessions.size();
  }

  public boolean isPaged() {
    return total > ROWS;
  }

  public boolean isHasPrevious() {
    return page > 1;
  }

  public boolean isHasNext() {
    return (long) page * ROWS < total;
  }

  /** The query string of the previous or next page: the same filters, another page. */
  public String pageQuery(int delta) {
    StringBuilder query = new StringBuilder();
    for (String name : CatalogueFilterParser.PARAMETERS) {
      String value = parameters.get(name);
      if (value != null && !value.isBlank()) {
        query.append(query.isEmpty() ? "?" : "&").append(name).append('=');
        query.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    int target = page + delta;
    if (target > 1) {
      query.append(query.isEmpty() ? "?" : "&").append("page=").append(target);
    }
    return query.toString();
  }

  public Format[] getFormats() {
    return Format.values();
  }

  public SessionMode[] getModes() {
    return SessionMode.values();
  }

  public Audience[] getAudiences() {
    return new Audience[] {Audience.PROFESSIONALS, Audience.STUDENTS};
  }

  public List<Theme> getThemes() {
    if (themes == null) {
      themes = options.themes();
    }
    return themes;
  }

  public List<Site> getSites() {
    if (sites == null) {
      sites = options.sitesWithSessions();
    }
    return sites;
  }
}
