package fr.relais.reporting;

import fr.relais.catalog.CatalogueOptions;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.ParticipantStatus;
import fr.relais.people.Profession;
import fr.relais.people.Region;
import fr.relais.programme.Format;
import fr.relais.programme.Theme;
import fr.relais.scheduling.SessionMode;
import fr.relais.site.Site;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboards' pages: a GET form of filters (bookmarkable, no view state), the dashboard for it,
 * export links. Roles: COORDINATOR, ADMIN (web.xml, /reporting/*).
 */
@Named
@RequestScoped
public class DashboardBacking {

  /**
   * Rows a page lists of a table; the exports give them all (1,787 sessions at ten times today).
   */
  static final int PAGE_ROWS = 100;

  @Inject private Reports reports;
  @Inject private CatalogueOptions options;
  @Inject private Clock clock;

  private Reports.Kind kind;
  private ReportFilterForm form;
  private Dashboard dashboard;
  private Locale locale;
  private List<Theme> themes;
  private List<Site> sites;

  /** View action: reads the filters and builds the dashboard when they hold. */
  public void open(String which) {
    kind = Reports.Kind.valueOf(which);
    FacesContext faces = FacesContext.getCurrentInstance();
    locale = faces.getViewRoot().getLocale();
    Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
    form =
        ReportFilterForm.read(parameters::get, LocalDate.now(clock.withZone(ClockProducer.PARIS)));
    if (form.valid()) {
      try {
        dashboard = reports.build(kind, form.filter(), locale);
      } catch (InvalidInput e) {
        e.getErrors().forEach(error -> form.errors().put(error.field(), error.key()));
      }
    }
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public ReportFilter getFilter() {
    return form.filter();
  }

  public String getKind() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** The message for a field of the filter form, or null. */
  public String error(String field) {
    String key = form.errors().get(field);
    return key == null ? null : Texts.in(locale).get(key);
  }

  public String text(Figure figure) {
    return figure.text(locale);
  }

  /** The rows the page lists: the first {@link #PAGE_ROWS}. */
  public List<ReportTable.Row> shown(ReportTable table) {
    List<ReportTable.Row> rows = table.rows();
    return rows.size() <= PAGE_ROWS ? rows : rows.subList(0, PAGE_ROWS);
  }

  public String chart(Chart chart) {
    return ChartJson.of(chart);
  }

  /** The current filters, carried over when switching dashboards. */
  public String getFilterQuery() {
    return ReportFilterForm.query(form.filter());
  }

  public String exportQuery(ReportTable table, String type) {
    return "kind="
        + getKind()
        + "&table="
        + table.id()
        + "&type="
        + type
        + "&lang="
        + locale.getLanguage()
        + "&"
        + ReportFilterForm.query(form.filter());
  }

  public Format[] getFormats() {
    return Format.values();
  }

  public SessionMode[] getModes() {
    return SessionMode.values();
  }

  public ParticipantStatus[] getAudiences() {
    return ParticipantStatus.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public Profession[] getProfessions() {
    return Profession.values();
  }

  /** Read once per request: the form's loops ask more than once. */
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
