package fr.relais.quality;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "Nos résultats": the public results page, read once per request. */
@Named
@RequestScoped
public class PublicResultsBacking {

  @Inject private PublicResults results;

  private PublicResults.Results built;

  @PostConstruct
  void init() {
    built = results.build();
  }

  public PublicResults.Results getResults() {
    return built;
  }

  /** "1er décembre 2026", "1 December 2026": the page is dated without the weekday. */
  public String day(LocalDate day) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    boolean french = "fr".equals(locale.getLanguage());
    String month = day.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    return (french && day.getDayOfMonth() == 1 ? "1er" : String.valueOf(day.getDayOfMonth()))
        + " "
        + month;
  }
}
