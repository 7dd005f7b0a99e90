package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.Organisation;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The contact's page of one convention version (?id=): what it says, its PDF and SHA-256, the other
 * versions, and "Accepter la convention" (the box, the password, the hash shown). Role: CONTACT of
 * that establishment (web.xml /establishment/*; the service answers 404 otherwise).
 */
@Named
@ViewScoped
public class ConventionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConventionService conventions;
  @Inject private CurrentUser currentUser;
  @Inject private Organisation organisation;

  /** Another version of the same request, for the list. */
  public record VersionLine(long id, int number, ConventionStatus status, String madeOn)
      implements Serializable {
    public long getId() {
      return id;
    }

    public int getNumber() {
      return number;
    }

    public ConventionStatus getStatus() {
      return status;
    }

    public String getMadeOn() {
      return madeOn;
    }
  }

  private String id;
  private ConventionPage page;
  private List<VersionLine> versions = List.of();
  private boolean read;
  private String password;
  private String shownSha256;

  public void load() throws IOException {
    Long conventionId = Ids.parse(id).orElse(null);
    if (conventionId == null) {
      Pages.notFound();
      return;
    }
    try {
      Convention convention = conventions.find(currentUser.caller(), conventionId);
      List<Convention> all =
          conventions.versions(currentUser.caller(), convention.getRequest().getId());
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      page =
          ConventionPage.of(
              convention, all.get(0).getId().equals(conventionId), organisation.identity(), locale);
      fr.relais.kernel.i18n.DateFormats dates = new fr.relais.kernel.i18n.DateFormats(locale);
      versions =
          all.stream()
              .filter(c -> !c.getId().equals(conventionId))
              .map(
                  c ->
                      new VersionLine(
                          c.getId(), c.getNumber(), c.getStatus(), dates.day(c.getCreatedAt())))
              .toList();
      shownSha256 = page.sha256();
    } catch (NotFoundException gone) {
      Pages.notFound();
    }
  }

  public void accept() throws IOException {
    try {
      conventions.accept(currentUser.caller(), page.id(), shownSha256, read, password);
    } catch (BusinessException refusal) {
      password = null;
      Feedback.refusal(refusal, "accept");
      return;
    }
    Feedback.info("establishment.convention.page.accepted");
    Pages.redirect("/establishment/convention?id=" + page.id());
  }

  public ConventionPage getPage() {
    return page;
  }

  public List<VersionLine> getVersions() {
    return versions;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isRead() {
    return read;
  }

  public void setRead(boolean read) {
    this.read = read;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getShownSha256() {
    return shownSha256;
  }

  public void setShownSha256(String shownSha256) {
    this.shownSha256 = shownSha256;
  }
}
