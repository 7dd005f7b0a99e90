package fr.relais.kernel.web;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts messages from the bundle on a page, in the page's language. */
public final class Feedback {

  private Feedback() {}

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** An error shown next to one input; clientId is its full id, e.g. "signup:email". */
  public static void errorOn(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /**
   * Shows a refusal next to its field when it names one (the field id is looked up in the given
   * form), or at the top of the page otherwise.
   */
  public static void refusal(BusinessException refusal, String formId) {
    if (refusal instanceof InvalidInput invalid) {
      for (InvalidInput.FieldError error : invalid.getErrors()) {
        add(
            formId + ":" + error.field(),
            FacesMessage.SEVERITY_ERROR,
            error.key(),
            error.arguments());
      }
      error("form.checkFields");
      return;
    }
    add(
        refusal.getField().map(f -> formId + ":" + f).orElse(null),
        FacesMessage.SEVERITY_ERROR,
        refusal.getMessageKey(),
        refusal.getArguments());
  }

  /** Keeps the next page's messages across a redirect. */
  public static void keepForNextPage() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return Texts.in(faces.getViewRoot().getLocale()).get(key, arguments);
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
