package fr.relais.kernel.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders an XHTML document to a PDF that is both PDF/A-2 (level A: tagged, Unicode text) and
 * PDF/UA-1: the DejaVu Sans font shipped in the WAR is embedded, the sRGB output intent and XMP
 * metadata are written, and the structure tree follows the markup (headings, lists, tables with
 * their {@code th} cells, images with their {@code alt}). Title, language, author and subject come
 * from the document's {@code <title>}, {@code <html lang>} and {@code <meta>} elements.
 *
 * <p>openhtmltopdf was chosen because it tags from plain HTML and CSS: each document is a template
 * a person can read, and accessibility follows from writing the markup right.
 */
public final class TaggedPdf {

  /** The font family templates name in their CSS. */
  public static final String FONT = "DejaVu Sans";

  private static final String FONTS = "/fr/relais/documents/fonts/";
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private TaggedPdf() {}

  /** The PDF of a well-formed XHTML document. */
  public static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessbility(true);
    builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
    builder.useColorProfile(SRGB);
    builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF not written", e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String file) {
    InputStream in = TaggedPdf.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("font missing from the WAR: " + file);
    }
    return in;
  }
}
