package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The coordinators' page of one establishment (/establishment/manage/establishment?id=): read only.
 * Roles: COORDINATOR, ADMIN (web.xml, /establishment/manage/*; the service checks again).
 */
@Named
@RequestScoped
public class EstablishmentPageBacking {

  @Inject private EstablishmentOverviewService overviews;
  @Inject private CurrentUser currentUser;

  private String id;
  private EstablishmentOverviewService.Overview overview;

  public void load() throws IOException {
    var siteId = Ids.parse(id);
    if (siteId.isEmpty()) {
      Pages.notFound();
      return;
    }
    try {
      overview = overviews.of(currentUser.caller(), siteId.get());
    } catch (NotFoundException missing) {
      Pages.notFound();
    } catch (BusinessException refused) {
      Pages.forbidden();
    }
  }

  /** An amount in euros, French or English style: "1 234,50 €", "€1,234.50". */
  public String euros(long cents) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    String number = format.format(cents / 100.0);
    return Locale.FRENCH.getLanguage().equals(locale.getLanguage())
        ? number + "\u00a0€"
        : "€" + number;
  }

  public EstablishmentOverviewService.Overview getOverview() {
    return overview;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
