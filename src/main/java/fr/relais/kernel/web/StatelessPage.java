package fr.relais.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * {@link StatelessViews}' rule for the layout's {@code <f:view transient>}: a postback to a
 * stateless view rebuilds it without going through the view handler's createView.
 */
@Named
@ApplicationScoped
public class StatelessPage {

  public boolean isCurrent() {
    FacesContext context = FacesContext.getCurrentInstance();
    return StatelessViews.isStateless(context, context.getViewRoot().getViewId());
  }
}
