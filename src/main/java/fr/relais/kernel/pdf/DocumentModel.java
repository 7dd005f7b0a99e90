package fr.relais.kernel.pdf;

import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a document template shows, in one language: texts from the bundles (formatted with their
 * arguments), values, lists and images. The template escapes all of it.
 */
public final class DocumentModel {

  private final Map<String, Object> values = new HashMap<>();
  private final Texts texts;
  private final DateFormats dates;

  public DocumentModel(Language language) {
    this.texts = Texts.in(language);
    this.dates = new DateFormats(language.locale());
    values.put("lang", language.code());
  }

  /** {@code name} shows the bundle's text {@code key} with its arguments. */
  public DocumentModel text(String name, String key, Object... arguments) {
    values.put(name, texts.get(key, arguments));
    return this;
  }

  public DocumentModel put(String name, Object value) {
    values.put(name, value);
    return this;
  }

  /** A list the template repeats ({@code {{#name}}…{{/name}}}), each item a map or a record. */
  public DocumentModel list(String name, List<?> items) {
    values.put(name, items);
    return this;
  }

  /** A PNG as a data URI for an {@code <img src>}; nothing (the section is skipped) if null. */
  public DocumentModel image(String name, byte[] png) {
    if (png != null) {
      values.put(name, dataUri(png));
    }
    return this;
  }

  public Texts texts() {
    return texts;
  }

  public DateFormats dates() {
    return dates;
  }

  public Map<String, Object> values() {
    return values;
  }

  public static String dataUri(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
