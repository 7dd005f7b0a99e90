package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The French and English bundles say the same things: no key missing on either side. */
class BundlesTest {

  @Test
  void messagesHaveTheSameKeysInBothLanguages() throws IOException {
    assertEquals(
        keys("/fr/relais/i18n/messages.properties"),
        keys("/fr/relais/i18n/messages_en.properties"));
  }

  @Test
  void facesMessagesHaveTheSameKeysInBothLanguages() throws IOException {
    assertEquals(
        keys("/fr/relais/i18n/faces.properties"), keys("/fr/relais/i18n/faces_en.properties"));
  }

  @Test
  void validationMessagesHaveTheSameKeysInBothLanguages() throws IOException {
    assertEquals(keys("/ValidationMessages.properties"), keys("/ValidationMessages_en.properties"));
  }

  /**
   * Texts with arguments go through MessageFormat, where an apostrophe must be doubled; texts
   * without are shown as written, where a doubled one would show twice.
   */
  @Test
  void apostrophesAreWrittenForHowEachTextIsShown() throws IOException {
    for (String resource :
        new String[] {
          "/fr/relais/i18n/messages.properties", "/fr/relais/i18n/messages_en.properties"
        }) {
      Properties texts = load(resource);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        boolean formatted = text.matches("(?s).*\\{\\d.*");
        if (formatted) {
          assertEquals(
              -1,
              text.replace("''", "").indexOf('\''),
              () -> key + ": single ' in a formatted text");
        } else {
          assertEquals(-1, text.indexOf("''"), () -> key + ": doubled ' in a plain text");
        }
      }
    }
  }

  private static Set<String> keys(String resource) throws IOException {
    return new TreeSet<>(load(resource).stringPropertyNames());
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
