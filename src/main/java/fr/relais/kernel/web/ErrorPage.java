package fr.relais.kernel.web;

import fr.relais.kernel.DatabaseOutage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * The page shown for an unexpected failure: while the database is out of reach it says "try again
 * in a minute" with a 503 and Retry-After (nothing is broken, nothing was lost), otherwise
 * "something went wrong" with a 500. Roles: everyone (an error page).
 */
@Named
@RequestScoped
public class ErrorPage {

  static final String RETRY_AFTER_SECONDS = "30";

  private String code;

  @PostConstruct
  void readTheFailure() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext context = faces.getExternalContext();
    Object failure = context.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
    code = codeFor(failure instanceof Throwable t ? t : null);
    // An ajax answer must stay a 200 for PrimeFaces to show the page it carries.
    if ("503".equals(code) && !faces.getPartialViewContext().isAjaxRequest()) {
      context.setResponseStatus(503);
      context.setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
  }

  static String codeFor(Throwable failure) {
    return failure != null && DatabaseOutage.causedBy(failure) ? "503" : "500";
  }

  public String getCode() {
    return code;
  }
}
