package fr.relais.kernel.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JSON API under /api. Each resource states its roles with @Allowed. Its description is
 * /openapi (META-INF/openapi.yaml); Jersey's generated WADL is off: OPTIONS answers with the Allow
 * header only, and /api/application.wadl does not exist.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
