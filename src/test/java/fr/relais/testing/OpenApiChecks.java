package fr.relais.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates an OpenAPI document with two validators nobody on the project wrote: Swagger's parser
 * (its messages name unexpected keys, missing fields, bad references) and the official OpenAPI 3.0
 * JSON Schema (2021-09-28, as shipped in vertx-openapi's jar) applied by networknt's validator.
 */
public final class OpenApiChecks {

  /** Where the official schema lies in vertx-openapi's jar (its id, as a path). */
  private static final String OAS_30_SCHEMA = "spec.openapis.org/oas/3.0/schema/2021-09-28";

  private OpenApiChecks() {}

  /** The document as Swagger's parser reads it, references left as they are. */
  public static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }

  /** What both validators say is wrong with the document (YAML or JSON); empty when valid. */
  public static List<String> problems(String document) {
    List<String> problems = new ArrayList<>();
    SwaggerParseResult parsed = parse(document);
    if (parsed.getMessages() != null) {
      parsed.getMessages().forEach(m -> problems.add("swagger-parser: " + m));
    }
    if (parsed.getOpenAPI() == null) {
      problems.add("swagger-parser: no document");
    }
    officialSchema()
        .validate(document, InputFormat.YAML) // JSON is YAML too
        .forEach(e -> problems.add("OpenAPI 3.0 schema: " + e));
    return problems;
  }

  public static OpenAPI model(String document) {
    OpenAPI model = parse(document).getOpenAPI();
    if (model == null) {
      throw new IllegalArgumentException("not an OpenAPI document");
    }
    return model;
  }

  private static Schema officialSchema() {
    try (InputStream in = OpenApiChecks.class.getClassLoader().getResourceAsStream(OAS_30_SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(OAS_30_SCHEMA + " is not on the test classpath");
      }
      String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(schema, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
