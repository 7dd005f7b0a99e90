package fr.relais.kernel.api;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the document at /openapi what META-INF/openapi.yaml says. Payara adds an "endpoints" map of
 * its own at the top of every document with paths, a key OpenAPI 3 does not allow (validators
 * refuse the document), and no setting turns it off: this filter (mp.openapi.filter) empties it,
 * and Payara's writer leaves empty maps out.
 */
public class OpenApiDocumentFilter implements OASFilter {

  private static final Logger LOG = Logger.getLogger(OpenApiDocumentFilter.class.getName());

  @Override
  public void filterOpenAPI(OpenAPI document) {
    try {
      // Payara's model class, not the MicroProfile interface: reached by name.
      document
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(document, new HashMap<String, Object>());
    } catch (ReflectiveOperationException notPayaraOrRenamed) {
      LOG.warning(
          () -> "Could not remove Payara's 'endpoints' from /openapi: " + notPayaraOrRenamed);
    }
  }
}
