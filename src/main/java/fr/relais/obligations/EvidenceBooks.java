package fr.relais.obligations;

import fr.relais.kernel.Spreadsheet;
import fr.relais.kernel.i18n.Texts;
import java.util.List;

/**
 * The binder's spreadsheets: titled and signed by the association, each sheet's column labels from
 * one bundle text whose labels are separated by "|".
 */
public final class EvidenceBooks {

  private EvidenceBooks() {}

  public static Spreadsheet book(Texts t, String titleKey) {
    return new Spreadsheet(t.get(titleKey), t.get("app.association"));
  }

  public static Spreadsheet.Writer sheet(
      Spreadsheet book, Texts t, String sheetTitle, String columnsKey) {
    return book.sheet(sheetTitle, List.of(t.get(columnsKey).split("\\|")));
  }
}
