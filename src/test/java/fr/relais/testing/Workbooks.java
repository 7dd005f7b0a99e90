package fr.relais.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX Relais wrote, read back with Apache POI as a spreadsheet reader would: what a reader's
 * defaults would get wrong (no header on row 1, not frozen, no filters, a formula, a cut or empty
 * sheet name, no title).
 */
public final class Workbooks {

  private Workbooks() {}

  public static XSSFWorkbook read(byte[] xlsx) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  /** What is wrong with the workbook; empty when nothing. */
  public static List<String> problems(byte[] xlsx) throws IOException {
    List<String> problems = new ArrayList<>();
    try (XSSFWorkbook book = read(xlsx)) {
      String title = book.getProperties().getCoreProperties().getTitle();
      if (title == null || title.isBlank()) {
        problems.add("no document title");
      }
      for (int s = 0; s < book.getNumberOfSheets(); s++) {
        XSSFSheet sheet = book.getSheetAt(s);
        String name = sheet.getSheetName();
        if (name.isBlank() || name.length() > 31 || name.matches("(?i)sheet\\d*|feuille\\d*")) {
          problems.add("sheet name '" + name + "'");
        }
        Row header = sheet.getRow(0);
        if (header == null || header.getLastCellNum() < 1) {
          problems.add(name + ": no header on row 1");
          continue;
        }
        for (Cell cell : header) {
          if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isBlank()) {
            problems.add(name + ": header cell " + cell.getAddress() + " is not a label");
          }
        }
        if (sheet.getPaneInformation() == null
            || sheet.getPaneInformation().getHorizontalSplitPosition() != 1) {
          problems.add(name + ": row 1 not frozen");
        }
        if (!sheet.getCTWorksheet().isSetAutoFilter()) {
          problems.add(name + ": no filters");
        }
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              problems.add(name + ": formula in " + cell.getAddress());
            }
          }
        }
      }
    }
    return problems;
  }

  /** Whether every filled cell of a column below the header is a date. */
  public static boolean datesIn(XSSFSheet sheet, int column) {
    boolean any = false;
    for (Row row : sheet) {
      if (row.getRowNum() == 0 || row.getCell(column) == null) {
        continue;
      }
      Cell cell = row.getCell(column);
      if (cell.getCellType() == CellType.STRING) {
        continue; // a total's label
      }
      if (cell.getCellType() != CellType.NUMERIC || !DateUtil.isCellDateFormatted(cell)) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
