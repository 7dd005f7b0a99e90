package fr.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * House rule (docs/architecture.md): SQL and JPQL are written in text blocks, read as the database
 * reads them, not glued from string pieces with {@code +}. Checked on the sources: a line that
 * continues a concatenation with a piece of a statement fails the build.
 */
class SqlTextBlocksTest {

  private static final Pattern GLUED_SQL =
      Pattern.compile(
          "^\\s*\\+\\s*\"[^\"]*\\b(SELECT|FROM|WHERE|JOIN|ORDER BY|GROUP BY|SET|VALUES|INSERT INTO"
              + "|UPDATE|DELETE FROM|RETURNING|ON CONFLICT|UNION)\\b");

  @Test
  void noStatementIsGluedFromPieces() throws IOException {
    List<String> glued = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
          if (GLUED_SQL.matcher(lines.get(i)).find()) {
            glued.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), glued, "SQL glued with + instead of a text block");
  }

  @Test
  void theRuleSeesAGluedStatement() {
    assertEquals(true, GLUED_SQL.matcher("        + \" FROM session WHERE id = ?\"").find());
    assertEquals(false, GLUED_SQL.matcher("        + \" et la suite du texte\"").find());
  }
}
