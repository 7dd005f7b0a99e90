package fr.relais.kernel.web;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.i18n.Texts;
import jakarta.faces.context.FacesContext;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Puts messages from the bundle on a page, in the page's language, through OmniFaces' {@link
 * Messages} (whose resolver, {@link BundleMessages}, reads the keys).
 */
public final class Feedback {

  private Feedback() {}

  public static void info(String key, Object... arguments) {
    Messages.addGlobalInfo(key, arguments);
  }

  public static void error(String key, Object... arguments) {
    Messages.addGlobalError(key, arguments);
  }

  /** An error shown next to one input; clientId is its full id, e.g. "signup:email". */
  public static void errorOn(String clientId, String key, Object... arguments) {
    Messages.addError(clientId, key, arguments);
  }

  /**
   * Shows a refusal next to its field when it names one (the field id is looked up in the given
   * form), or at the top of the page otherwise.
   */
  public static void refusal(BusinessException refusal, String formId) {
    if (refusal instanceof InvalidInput invalid) {
      for (InvalidInput.FieldError error : invalid.getErrors()) {
        errorOn(formId + ":" + error.field(), error.key(), error.arguments());
      }
      error("form.checkFields");
      return;
    }
    errorOn(
        refusal.getField().map(f -> formId + ":" + f).orElse(null),
        refusal.getMessageKey(),
        refusal.getArguments());
  }

  /** Keeps the next page's messages across a redirect. */
  public static void keepForNextPage() {
    Faces.getFlash().setKeepMessages(true);
  }

  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return Texts.in(faces.getViewRoot().getLocale()).get(key, arguments);
  }
}
