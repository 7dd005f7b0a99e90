package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.web.LocalPath;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalPathTest {

  @Test
  void keepsPathsOfThisSite() {
    assertEquals(Optional.of("/catalog/session?id=3"), LocalPath.of("/catalog/session?id=3"));
    assertEquals(Optional.of("/"), LocalPath.of("/"));
  }

  @Test
  void refusesAnythingThatLeavesTheSite() {
    for (String attempt :
        new String[] {
          "https://evil.example/",
          "//evil.example",
          "/\\evil.example",
          "evil.example",
          "javascript:alert(1)",
          "/ok\r\nLocation: https://evil.example",
          "",
          null
        }) {
      assertTrue(LocalPath.of(attempt).isEmpty(), () -> "accepted " + attempt);
    }
  }
}
