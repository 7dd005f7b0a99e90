package fr.relais.kernel.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enforces {@link Allowed} on every API call (the method's rule, else its class's). A resource
 * method without a rule is refused: every endpoint must state who may call it. Anonymous callers
 * get 401 with a Bearer challenge, signed-in callers without the role 403. A call made with an API
 * token must also hold the method's {@link TokenScope} (none declared: refused to every token),
 * else 403; a signed-in browser's session is not limited by scopes. OPTIONS is answered by JAX-RS
 * itself (the methods allowed) for everyone.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AllowedFilter implements ContainerRequestFilter {

  /** The challenge of every 401 of the API. */
  public static final String CHALLENGE = "Bearer realm=\"Relais\"";

  private static final Map<Method, List<String>> RULES = new ConcurrentHashMap<>();
  private static final Map<Method, Optional<Scope>> SCOPES = new ConcurrentHashMap<>();

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return; // No resource matched: JAX-RS answers 404 or 405 itself.
    }
    if (HttpMethod.OPTIONS.equals(request.getMethod())
        && method.getAnnotation(OPTIONS.class) == null) {
      return; // JAX-RS's own answer (the Allow header), which tells nothing about anyone.
    }
    List<String> roles = RULES.computeIfAbsent(method, AllowedFilter::rolesOf);
    if (roles.contains(Allowed.EVERYONE)) {
      return;
    }
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(
          Response.fromResponse(ApiError.response(401, "Authentication required"))
              .header("WWW-Authenticate", CHALLENGE)
              .build());
      return;
    }
    if (roles.stream().noneMatch(security::isUserInRole)) {
      request.abortWith(ApiError.response(403, "Forbidden"));
      return;
    }
    if (request.getProperty(Scope.ATTRIBUTE) instanceof Set<?> held) {
      Scope needed = SCOPES.computeIfAbsent(method, AllowedFilter::scopeOf).orElse(null);
      Set<Scope> scopes = EnumSet.noneOf(Scope.class);
      held.forEach(s -> scopes.add((Scope) s));
      if (!Scope.permits(scopes, needed, request.getMethod())) {
        request.abortWith(
            ApiError.response(403, "This token's scopes do not allow this call" + needs(needed)));
      }
    }
  }

  private static String needs(Scope needed) {
    return needed == null ? " (no token may)" : " (it needs " + needed + ")";
  }

  private static Optional<Scope> scopeOf(Method method) {
    TokenScope scope = find(method.getDeclaringClass(), method, TokenScope.class);
    return Optional.ofNullable(scope).map(TokenScope::value);
  }

  private static List<String> rolesOf(Method method) {
    Allowed allowed = find(method.getDeclaringClass(), method);
    return allowed == null ? List.of() : List.of(allowed.value());
  }

  /**
   * The rule of the method, else of its class, looking through the container's proxy subclasses
   * (which do not repeat the annotations) up to the class the developer wrote.
   */
  static Allowed find(Class<?> type, Method method) {
    return find(type, method, Allowed.class);
  }

  /** The same search for any annotation of a method or its class (e.g. {@link TokenScope}). */
  public static <A extends Annotation> A find(Class<?> type, Method method, Class<A> annotation) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        A onMethod =
            c.getDeclaredMethod(method.getName(), method.getParameterTypes())
                .getAnnotation(annotation);
        if (onMethod != null) {
          return onMethod;
        }
      } catch (NoSuchMethodException notDeclaredHere) {
        // Look further up.
      }
      A onClass = c.getAnnotation(annotation);
      if (onClass != null) {
        return onClass;
      }
    }
    return null;
  }
}
