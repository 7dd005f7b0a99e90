package fr.relais.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.catalog.CatalogueFilterParser;
import fr.relais.catalog.SessionsResource;
import fr.relais.testing.ApiResources;
import fr.relais.testing.OpenApiChecks;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * META-INF/openapi.yaml, the document published at /openapi: valid for two outside validators, and
 * it describes exactly the JAX-RS resource methods of the code, with their parameters, typed
 * responses and who may call them.
 */
class OpenApiDocumentTest {

  static final Path DOCUMENT = Path.of("src/main/resources/META-INF/openapi.yaml");

  private static String yaml;
  private static OpenAPI model;

  /** "GET /api/sessions" → the operation. */
  private static final Map<String, Operation> operations = new TreeMap<>();

  /** "GET /api/sessions" → its parameters (the path's and the operation's, references followed). */
  private static final Map<String, List<Parameter>> parameters = new HashMap<>();

  @BeforeAll
  static void read() throws Exception {
    yaml = Files.readString(DOCUMENT);
    model = OpenApiChecks.model(yaml);
    String base = model.getServers().get(0).getUrl();
    model
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (verb, operation) -> {
                          String key = verb + " " + base + path;
                          operations.put(key, operation);
                          parameters.put(key, parametersOf(item, operation));
                        }));
  }

  @Test
  void theDocumentIsValidOpenApi3() {
    assertEquals(List.of(), OpenApiChecks.problems(yaml));
  }

  @Test
  void theValidatorsRefuseWhatPayaraGenerated() {
    // What Payara's own scan published: an "endpoints" key, a regex in a path template.
    String generated =
        """
        openapi: 3.0.0
        info: {title: Deployed Resources, version: 1.0.0}
        paths:
          "/api/reports/{kind: activity|satisfaction}":
            get:
              operationId: get
              responses:
                default: {description: Default Response.}
        endpoints:
          /: ["/api/reports/{kind: activity|satisfaction}"]
        """;
    List<String> problems = OpenApiChecks.problems(generated);
    for (String validator : List.of("swagger-parser", "OpenAPI 3.0 schema")) {
      assertTrue(
          problems.stream().anyMatch(p -> p.startsWith(validator) && p.contains("endpoints")),
          validator + " missed the endpoints key: " + problems);
    }
  }

  @Test
  void theDocumentListsExactlyTheResourceMethodsOfTheCode() throws Exception {
    Set<String> code = new TreeSet<>();
    ApiResources.all().forEach(o -> code.add(o.request()));
    Set<String> missing = new TreeSet<>(code);
    missing.removeAll(operations.keySet());
    Set<String> stale = new TreeSet<>(operations.keySet());
    stale.removeAll(code);
    assertEquals(Set.of(), missing, "in the code but not in " + DOCUMENT);
    assertEquals(Set.of(), stale, "in " + DOCUMENT + " but not in the code");
  }

  @Test
  void everyOperationHasItsOwnIdAndTypedAnswers() {
    Map<String, String> ids = new HashMap<>();
    List<String> problems = new ArrayList<>();
    operations.forEach(
        (key, operation) -> {
          String id = operation.getOperationId();
          if (id == null || id.isBlank()) {
            problems.add(key + ": no operationId");
          } else if (ids.putIfAbsent(id, key) != null) {
            problems.add(key + ": operationId " + id + " already used by " + ids.get(id));
          }
          if (operation.getResponses().getDefault() == null) {
            problems.add(key + ": no default (error) response");
          }
          boolean success = false;
          for (var entry : operation.getResponses().entrySet()) {
            ApiResponse response = resolve(entry.getValue());
            boolean typed = response.getContent() != null && !response.getContent().isEmpty();
            if (typed) {
              for (var media : response.getContent().entrySet()) {
                MediaType type = media.getValue();
                if (type.getSchema() == null) {
                  problems.add(key + " " + entry.getKey() + " " + media.getKey() + ": no schema");
                }
              }
            }
            if (entry.getKey().startsWith("2")) {
              success |= typed;
            } else if (!entry.getKey().equals("304")
                && !entry.getKey().equals("429")
                && !errorShaped(response)) {
              problems.add(key + " " + entry.getKey() + ": not the Error shape");
            }
          }
          if (!success) {
            problems.add(key + ": no typed success response");
          }
        });
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void onlyTheOpenOperationsGoWithoutCredentials() throws Exception {
    List<String> problems = new ArrayList<>();
    for (ApiResources.Operation o : ApiResources.all()) {
      Allowed allowed = AllowedFilter.find(o.type(), o.method());
      boolean open = allowed != null && List.of(allowed.value()).contains(Allowed.EVERYONE);
      Operation documented = operations.get(o.request());
      boolean secured = documented != null && documented.getSecurity() != null;
      if (documented != null && open == secured) {
        problems.add(
            o.request() + (open ? ": open, but documented with" : ": needs") + " security");
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(
        model.getComponents().getSecuritySchemes().containsKey("bearerAuth"), "Bearer scheme");
    assertFalse(
        model.getComponents().getSecuritySchemes().containsKey("basicAuth"),
        "HTTP Basic is refused: no Basic scheme");
  }

  @Test
  void everyParameterOfTheCodeIsDocumentedAndNoOther() throws Exception {
    List<String> problems = new ArrayList<>();
    for (ApiResources.Operation o : ApiResources.all()) {
      List<Parameter> documented = parameters.getOrDefault(o.request(), List.of());
      Set<String> path = new TreeSet<>();
      Set<String> query = new TreeSet<>();
      for (Parameter p : documented) {
        if ("path".equals(p.getIn())) {
          path.add(p.getName());
        } else if ("query".equals(p.getIn())) {
          query.add(p.getName());
        }
      }
      if (!path.equals(templateVariables(o.path()))) {
        problems.add(o.request() + ": path parameters " + path);
      }
      if (!path.containsAll(annotated(o.method(), PathParam.class))) {
        problems.add(o.request() + ": @PathParam not documented");
      }
      Set<String> expected = annotated(o.method(), QueryParam.class);
      if (o.type() == SessionsResource.class && o.path().equals("/api/sessions")) {
        expected.addAll(catalogueFilters());
      }
      if (!query.equals(expected)) {
        problems.add(o.request() + ": query parameters " + query + ", the code reads " + expected);
      }
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  /** The query parameters the catalogue's filter reads, asked of the parser itself. */
  private static Set<String> catalogueFilters() {
    Set<String> asked = new TreeSet<>();
    CatalogueFilterParser.strict()
        .parse(
            name -> {
              asked.add(name);
              return null;
            });
    assertFalse(asked.isEmpty());
    return asked;
  }

  private static Set<String> annotated(Method method, Class<?> annotation) {
    Set<String> names = new TreeSet<>();
    for (var parameter : method.getParameters()) {
      if (annotation == PathParam.class && parameter.getAnnotation(PathParam.class) != null) {
        names.add(parameter.getAnnotation(PathParam.class).value());
      }
      if (annotation == QueryParam.class && parameter.getAnnotation(QueryParam.class) != null) {
        names.add(parameter.getAnnotation(QueryParam.class).value());
      }
    }
    return names;
  }

  private static Set<String> templateVariables(String path) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static boolean errorShaped(ApiResponse response) {
    return response.getContent() != null
        && response.getContent().get("application/json") != null
        && "#/components/schemas/Error"
            .equals(response.getContent().get("application/json").getSchema().get$ref());
  }

  private static List<Parameter> parametersOf(PathItem item, Operation operation) {
    Set<Parameter> all = new LinkedHashSet<>();
    if (item.getParameters() != null) {
      item.getParameters().forEach(p -> all.add(resolve(p)));
    }
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(p -> all.add(resolve(p)));
    }
    return List.copyOf(all);
  }

  private static Parameter resolve(Parameter p) {
    return p.get$ref() == null ? p : model.getComponents().getParameters().get(last(p.get$ref()));
  }

  private static ApiResponse resolve(ApiResponse r) {
    return r.get$ref() == null ? r : model.getComponents().getResponses().get(last(r.get$ref()));
  }

  private static String last(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
