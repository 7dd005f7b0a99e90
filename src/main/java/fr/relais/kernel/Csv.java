package fr.relais.kernel;

import java.util.List;

/**
 * CSV as spreadsheets read it (RFC 4180, ";" for French Excel), with formula injection neutralised:
 * a cell starting with = + - @ or a control character is prefixed with an apostrophe, so a name
 * like "=HYPERLINK(...)" stays text.
 */
public final class Csv {

  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
  private static final char SEPARATOR = ';';

  private final StringBuilder out = new StringBuilder("\uFEFF"); // BOM: Excel reads UTF-8

  public Csv row(List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(SEPARATOR);
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  static String cell(Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(SEPARATOR) >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      text = '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
