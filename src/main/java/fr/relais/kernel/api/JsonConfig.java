package fr.relais.kernel.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON as the API documents it: absent values are written as null rather than left out. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  /** The same JSON for answers a resource writes itself (e.g. to hash them for an ETag). */
  public static String toJson(Object value) {
    return JSONB.toJson(value);
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
