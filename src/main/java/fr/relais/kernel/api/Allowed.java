package fr.relais.kernel.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an API resource or method: role names, or {@link #EVERYONE}. Enforced by {@link
 * AllowedFilter}; a resource method without it is refused.
 *
 * <p>Not the standard @RolesAllowed: Payara turned that into web security constraints on some
 * starts and not others, answering anonymous API calls with a redirect to the sign-in page instead
 * of a 401. Our own annotation keeps the API's answers the same on every start.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

  /** Anyone, signed in or not. */
  String EVERYONE = "*";

  String[] value();
}
