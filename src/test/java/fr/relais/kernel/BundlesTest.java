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
  void validationMessagesHaveTheSameKeysInBothLanguages() throws IOException {
    assertEquals(keys("/ValidationMessages.properties"), keys("/ValidationMessages_en.properties"));
  }

  private static Set<String> keys(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
