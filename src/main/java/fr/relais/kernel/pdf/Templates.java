package fr.relais.kernel.pdf;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;

/**
 * The XHTML templates of documents, under {@code fr/relais/documents/} in the WAR. Mustache escapes
 * every {@code {{value}}} for HTML, so a name typed by a participant is text, never markup;
 * templates hold no text of their own: the labels come from the bundles through the model.
 */
public final class Templates {

  private static final MustacheFactory FACTORY = new DefaultMustacheFactory("fr/relais/documents");

  private Templates() {}

  /** The document {@code name}.xhtml filled with the model (a map or an object with getters). */
  public static String fill(String name, Object model) {
    Mustache template = FACTORY.compile(name + ".xhtml");
    StringWriter out = new StringWriter();
    template.execute(out, model);
    return out.toString();
  }

  /** The filled template rendered to a tagged PDF/A-2 and PDF/UA-1 file. */
  public static byte[] pdf(String name, Object model) {
    return TaggedPdf.render(fill(name, model));
  }
}
