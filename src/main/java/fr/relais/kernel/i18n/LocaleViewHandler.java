package fr.relais.kernel.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** Picks the page language from the visitor's remembered choice; French otherwise. */
public class LocaleViewHandler extends ViewHandlerWrapper {

  public LocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    Object cookie = context.getExternalContext().getRequestCookieMap().get(Language.COOKIE);
    if (cookie instanceof Cookie c) {
      return Language.fromCode(c.getValue()).orElse(Language.fallback()).locale();
    }
    return Language.fallback().locale();
  }
}
