package fr.relais.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access matrix of docs/security.md as rows, for the tests that walk every page and endpoint
 * (AccessMatrixIT, MalformedRequestsIT).
 */
public final class AccessMatrix {

  private static final Path MATRIX = Path.of("docs/security.md");

  private AccessMatrix() {}

  /**
   * A row: the request as the code declares it ("PAGE /x", "GET /api/…"), a concrete sample with
   * {placeholders}, the expected outcome by role ("a|b" for alternatives).
   */
  public record Row(String request, String sample, List<String> expected) {

    /** PAGE, GET, POST…: the first word of the request. */
    public String method() {
      return request.substring(0, request.indexOf(' '));
    }
  }

  /** The rows of the table under "## Access matrix", with that many role columns. */
  public static List<Row> rows(int roles) throws IOException {
    List<Row> rows = new ArrayList<>();
    boolean inside = false;
    for (String line : Files.readAllLines(MATRIX)) {
      if (line.startsWith("## ")) {
        inside = line.equals("## Access matrix");
        continue;
      }
      if (!inside
          || !line.startsWith("| ")
          || line.startsWith("| request")
          || line.startsWith("|---")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
        cells.add(cell.strip().replace("`", ""));
      }
      // Alternatives are written "400 or 404" in the document.
      List<String> expected =
          cells.subList(2, 2 + roles).stream().map(c -> c.replace(" or ", "|")).toList();
      rows.add(new Row(cells.get(0), cells.get(1), expected));
    }
    if (rows.size() <= 20) {
      throw new IllegalStateException("the access matrix of " + MATRIX + " was not read");
    }
    return rows;
  }

  /** The sample with each {placeholder} replaced by its value; fails on one without a value. */
  public static String fill(String sample, Map<String, String> values) {
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(sample);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no sample value for " + m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
