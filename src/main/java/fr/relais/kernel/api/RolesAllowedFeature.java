package fr.relais.kernel.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

/**
 * Enforces @RolesAllowed / @PermitAll / @DenyAll on API resources (method first, then class). A
 * resource method with none of them is refused: every endpoint must state who may call it.
 * Anonymous callers get 401 with a Basic challenge, signed-in callers without the role 403.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    context.register(new Check(rule(resource)));
  }

  private static AnnotatedElement rule(ResourceInfo resource) {
    var method = resource.getResourceMethod();
    if (method.isAnnotationPresent(RolesAllowed.class)
        || method.isAnnotationPresent(PermitAll.class)
        || method.isAnnotationPresent(DenyAll.class)) {
      return method;
    }
    return resource.getResourceClass();
  }

  @Priority(Priorities.AUTHORIZATION)
  private static final class Check implements ContainerRequestFilter {
    private final boolean permitAll;
    private final String[] roles;

    Check(AnnotatedElement element) {
      this.permitAll = element.isAnnotationPresent(PermitAll.class);
      RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
      this.roles = allowed == null ? new String[0] : allowed.value();
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (permitAll) {
        return;
      }
      var security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        request.abortWith(
            Response.fromResponse(ApiError.response(401, "Authentication required"))
                .header("WWW-Authenticate", "Basic realm=\"Relais\", charset=\"UTF-8\"")
                .build());
        return;
      }
      if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
        request.abortWith(ApiError.response(403, "Forbidden"));
      }
    }
  }
}
