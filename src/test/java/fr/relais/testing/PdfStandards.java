package fr.relais.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the reference validator of the PDF Association, run on a PDF Relais wrote: the rules of
 * PDF/A-2 (level A) and of PDF/UA-1 it breaks, each once, with what veraPDF says of it.
 */
public final class PdfStandards {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  public static final List<PDFAFlavour> ARCHIVAL_AND_ACCESSIBLE =
      List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);

  private PdfStandards() {}

  /** "flavour rule: description" of every failed rule, for every flavour asked; empty if none. */
  public static List<String> brokenRules(byte[] pdf, List<PDFAFlavour> flavours) {
    TreeSet<String> broken = new TreeSet<>();
    for (PDFAFlavour flavour : flavours) {
      try (PDFAParser parser =
          Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
        ValidationResult result = validator.validate(parser);
        for (TestAssertion assertion : result.getTestAssertions()) {
          if (assertion.getStatus() == TestAssertion.Status.FAILED) {
            broken.add(
                flavour.getId()
                    + " "
                    + assertion.getRuleId().getClause()
                    + "-"
                    + assertion.getRuleId().getTestNumber()
                    + ": "
                    + assertion.getMessage());
          }
        }
      } catch (ValidationException | RuntimeException e) {
        broken.add(flavour.getId() + " not readable: " + e);
      } catch (Exception e) {
        broken.add(flavour.getId() + " not readable: " + e);
      }
    }
    return List.copyOf(broken);
  }

  /** The rules of PDF/A-2A and PDF/UA-1 the file breaks. */
  public static List<String> brokenRules(byte[] pdf) {
    return brokenRules(pdf, ARCHIVAL_AND_ACCESSIBLE);
  }
}
