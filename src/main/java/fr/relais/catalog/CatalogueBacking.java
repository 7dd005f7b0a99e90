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
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The public catalogue page. Stateless: the filters are query parameters (bookmarkable, no HTTP
 * session, no view state), the table pages lazily in SQL. Open to everyone.
 */
@Named
@RequestScoped
public class CatalogueBacking {

  @Inject private CatalogueQuery catalogue;
  @Inject private CatalogueOptions options;

  private CatalogueFilter filter;
  private LazyDataModel<CatalogueEntry> sessions;
  private List<Theme> themes;
  private List<Site> sites;

  @PostConstruct
  void init() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    filter = CatalogueFilterParser.lenient().parse(parameters::get);
    sessions = new Entries();
  }

  public CatalogueFilter getFilter() {
    return filter;
  }

  public boolean isFiltered() {
    return !CatalogueFilter.ANY.equals(filter);
  }

  public LazyDataModel<CatalogueEntry> getSessions() {
    return sessions;
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

  private final class Entries extends LazyDataModel<CatalogueEntry> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> ignored) {
      return (int) catalogue.count(filter);
    }

    @Override
    public List<CatalogueEntry> load(
        int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> ignored) {
      return catalogue.page(filter, first, pageSize);
    }

    @Override
    public String getRowKey(CatalogueEntry entry) {
      return String.valueOf(entry.id());
    }
  }
}
