package fr.relais.obligations;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The evidence binder page: a period (by default the last closed year), what the binder will hold
 * for it indicator by indicator, and the link to the ZIP. Roles: COORDINATOR, ADMIN.
 */
@Named
@ViewScoped
public class BinderBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the table of contents. */
  public record Line(String indicator, String path, String name, String proves)
      implements Serializable {

    // Getters for EL (Jakarta EL 5 reads bean properties, not record components).
    public String getIndicator() {
      return indicator;
    }

    public String getPath() {
      return path;
    }

    public String getProves() {
      return proves;
    }
  }

  @Inject private EvidenceBinder binder;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private LocalDate from;
  private LocalDate to;
  private List<Line> lines = List.of();
  private boolean shown;

  @PostConstruct
  void init() {
    AuditPeriod last =
        AuditPeriod.lastClosedYear(LocalDate.now(clock.withZone(ClockProducer.PARIS)));
    from = last.from();
    to = last.to();
    show();
  }

  public void show() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Texts t = Texts.in(locale);
    try {
      AuditPeriod period = AuditPeriod.of(from, to);
      lines =
          binder.contents(currentUser.caller(), period, locale).stream()
              .map(
                  e ->
                      new Line(
                          t.get(
                              "binder.indicator",
                              e.indicator(),
                              t.get("binder.indicator." + e.indicator())),
                          e.path(),
                          e.name(),
                          t.get(e.proves(), e.arguments())))
              .toList();
      shown = true;
    } catch (BusinessException refusal) {
      lines = List.of();
      shown = false;
      Feedback.refusal(refusal, "binder");
    }
  }

  /** The ZIP's address for the period shown. */
  public String getDownload() {
    String lang = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    return "/obligations/binder.zip?from=" + from + "&to=" + to + "&lang=" + lang;
  }

  public List<Line> getLines() {
    return lines;
  }

  public boolean isShown() {
    return shown;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
