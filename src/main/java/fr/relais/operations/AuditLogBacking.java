package fr.relais.operations;

import fr.relais.kernel.audit.AuditEntry;
import fr.relais.kernel.audit.AuditService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log for administrators, newest first: who viewed or exported personal data, and who
 * changed what. Roles: ADMIN (web.xml /admin/*).
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the list shows: personal data accesses only (the default), or everything. */
  public enum Shown {
    PERSONAL_DATA,
    ALL
  }

  @Inject private AuditLogRepository query;

  private Shown shown = Shown.PERSONAL_DATA;
  private String actor;
  private LazyDataModel<AuditEntry> entries;

  @PostConstruct
  void init() {
    entries = new Entries();
  }

  /** Applies the filters: the table reloads from its first page. */
  public void search() {
    entries = new Entries();
  }

  /** The action in words where the bundle has them, else its code (actions come from features). */
  public String label(String action) {
    return words("audit.action.", action);
  }

  /** What was acted on, e.g. "séance n° 9 – liste des inscrits (CSV)". */
  public String subject(AuditEntry entry) {
    String subject = words("audit.entity.", entry.getEntity());
    if (entry.getEntityId() != null) {
      subject += " n° " + entry.getEntityId();
    }
    return entry.getDetails() == null
        ? subject
        : subject + " – " + words("audit.detail.", entry.getDetails());
  }

  private static String words(String prefix, String code) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle texts = context.getApplication().getResourceBundle(context, "msg");
    return texts.containsKey(prefix + code) ? texts.getString(prefix + code) : code;
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public Shown[] getChoices() {
    return Shown.values();
  }

  public Shown getShown() {
    return shown;
  }

  public void setShown(Shown shown) {
    this.shown = shown == null ? Shown.PERSONAL_DATA : shown;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  private List<String> actions() {
    return shown == Shown.PERSONAL_DATA
        ? List.of(AuditService.VIEWED, AuditService.EXPORTED)
        : List.of();
  }

  private final class Entries extends LazyDataModel<AuditEntry> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) query.count(actions(), actor);
    }

    @Override
    public List<AuditEntry> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      return query.page(actions(), actor, first, size);
    }
  }
}
