package fr.relais.testing;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of the compiled code (target/classes), found by reflection: what the
 * access matrix and the OpenAPI document must both list.
 */
public final class ApiResources {

  /** One resource method: "GET", "/api/sessions/{id}", and where it is declared. */
  public record Operation(String verb, String path, Class<?> type, Method method) {
    /** As the matrix's first column writes it: "GET /api/sessions/{id}". */
    public String request() {
      return verb + " " + path;
    }
  }

  private ApiResources() {}

  public static List<Operation> all() throws IOException, ClassNotFoundException {
    List<Operation> found = new ArrayList<>();
    for (Class<?> type : compiledClasses()) {
      Path resource = type.getAnnotation(Path.class);
      if (resource == null) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        String verb = verb(method);
        if (verb != null) {
          Path sub = method.getAnnotation(Path.class);
          found.add(
              new Operation(
                  verb, template(resource.value(), sub == null ? "" : sub.value()), type, method));
        }
      }
    }
    return found;
  }

  /** Every class of target/classes, loaded without initialising it. */
  public static List<Class<?>> compiledClasses() throws IOException, ClassNotFoundException {
    java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(classes)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
        types.add(
            Class.forName(
                name.substring(0, name.length() - ".class".length()),
                false,
                ApiResources.class.getClassLoader()));
      }
    }
    return types;
  }

  private static String verb(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  /** "/api/" + the paths, regular expressions of parameters dropped: {kind: a|b} → {kind}. */
  static String template(String type, String method) {
    String path = "/api/" + type + (method.isEmpty() ? "" : "/" + method);
    return path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
  }
}
