package fr.relais.help;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** The help page's lines in the reader's language, national first. Open to everyone. */
@Named
@RequestScoped
public class HelpLines {

  /** A line as the page shows it. */
  public record Shown(
      String name, String number, String tel, String hours, String audience, String checkedOn) {

    // Getters for EL.
    public String getName() {
      return name;
    }

    public String getNumber() {
      return number;
    }

    public String getTel() {
      return tel;
    }

    public String getHours() {
      return hours;
    }

    public String getAudience() {
      return audience;
    }

    /** "2 décembre 2026", or null when never checked since the 2020 list. */
    public String getCheckedOn() {
      return checkedOn;
    }
  }

  @Inject private HelpLineService service;

  private List<HelpLine> lines;

  public List<Shown> getNational() {
    return of(HelpLine.Scope.NATIONAL);
  }

  public List<Shown> getLocal() {
    return of(HelpLine.Scope.ILE_DE_FRANCE);
  }

  private List<Shown> of(HelpLine.Scope scope) {
    if (lines == null) {
      lines = service.all();
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return lines.stream().filter(l -> l.getScope() == scope).map(l -> shown(l, locale)).toList();
  }

  static Shown shown(HelpLine l, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    return new Shown(
        english && l.getNameEn() != null ? l.getNameEn() : l.getName(),
        l.getNumber(),
        l.getTel(),
        english && l.getHoursEn() != null ? l.getHoursEn() : l.getHours(),
        english && l.getAudienceEn() != null ? l.getAudienceEn() : l.getAudience(),
        day(l.getCheckedOn(), locale));
  }

  static String day(LocalDate date, Locale locale) {
    return date == null
        ? null
        : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }
}
