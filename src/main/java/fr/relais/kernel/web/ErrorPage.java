package fr.relais.kernel.web;

import fr.relais.kernel.DatabaseOutage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Set;

/**
 * The page shown for a failure: while the database is out of reach it says "try again in a minute"
 * with a 503 and Retry-After (nothing is broken, nothing was lost); a post whose view state or CSP
 * nonce is missing, expired or forged is the caller's request, not our failure: "page expired" with
 * a 400; otherwise "something went wrong" with a 500. Roles: everyone (an error page).
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
    if (faces.getPartialViewContext().isAjaxRequest()) {
      return;
    }
    if ("503".equals(code)) {
      context.setResponseStatus(503);
      context.setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
    } else if (EXPIRED.equals(code)) {
      context.setResponseStatus(400);
    }
  }

  static final String EXPIRED = "expired";

  /** The exceptions of a post Faces cannot take: its view state or its CSP nonce is not valid. */
  private static final Set<String> REFUSED_POSTS =
      Set.of(ViewExpiredException.class.getName(), "org.primefaces.csp.CspException");

  static String codeFor(Throwable failure) {
    if (failure == null) {
      return "500";
    }
    if (DatabaseOutage.causedBy(failure)) {
      return "503";
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (REFUSED_POSTS.contains(t.getClass().getName())) {
        return EXPIRED;
      }
    }
    return "500";
  }

  public String getCode() {
    return code;
  }
}
