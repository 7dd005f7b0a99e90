package fr.relais.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.relais.testing.OpenApiChecks;
import fr.relais.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /openapi on the running application is META-INF/openapi.yaml as written, in YAML and in JSON:
 * nothing of Payara's own (its "endpoints" key, a generated operation) and nothing lost on the way.
 * OpenApiDocumentTest checks the file itself.
 */
class OpenApiIT {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void theRunningApplicationPublishesTheDocumentAsWritten() throws Exception {
    JsonNode written =
        YAML.readTree(Files.readString(Path.of("src/main/resources/META-INF/openapi.yaml")));
    WebClient web = new WebClient();
    for (String path : List.of("/openapi", "/openapi?format=JSON")) {
      HttpResponse<String> answer = web.get(path);
      assertEquals(200, answer.statusCode(), path);
      assertEquals(List.of(), OpenApiChecks.problems(answer.body()), path);
      JsonNode served = YAML.readTree(answer.body()); // JSON is YAML too
      assertFalse(served.has("endpoints"), path + " still has Payara's endpoints key");
      assertEquals(written, served, path + " differs from META-INF/openapi.yaml");
    }
  }
}
