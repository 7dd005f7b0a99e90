package fr.relais.kernel.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * The public read-only pages: for anonymous visitors they keep neither an HTTP session nor a
 * server-side view state. Decided when the view is created, not in the page, because PrimeFaces'
 * CSP listener asks for its nonce before the page is built and would keep it in a session for any
 * view not yet marked transient. Signed-in people keep a view state, so their posts stay protected
 * against CSRF.
 */
public class StatelessViews extends ViewHandlerWrapper {

  static final Set<String> PUBLIC_READ_ONLY =
      Set.of(
          "/index.xhtml",
          "/catalog/index.xhtml",
          "/catalog/session.xhtml",
          "/catalog/calendar.xhtml",
          "/attendance/verify.xhtml",
          "/help/index.xhtml",
          "/help/accessibility.xhtml",
          "/privacy/index.xhtml",
          "/quality/results.xhtml");

  /**
   * Pages with nothing to post back that are the same for everyone but their header: stateless for
   * signed-in people too (no view state kept in their session), served from the public copy.
   */
  static final Set<String> SAME_FOR_EVERYONE = Set.of("/index.xhtml", "/catalog/index.xhtml");

  private static final String ERROR_PAGES = "/WEB-INF/errors/";

  public StatelessViews(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && isStateless(context, viewId)) {
      root.setTransient(true);
    }
    return root;
  }

  /** A public read-only page seen by someone not signed in, or a page without any form. */
  static boolean isStateless(FacesContext context, String viewId) {
    return viewId != null
        && (SAME_FOR_EVERYONE.contains(viewId)
            || (PUBLIC_READ_ONLY.contains(viewId) || viewId.startsWith(ERROR_PAGES))
                && context.getExternalContext().getUserPrincipal() == null);
  }
}
