package fr.relais.kernel.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least {@link Scope} an API token needs to call this resource method (or the methods of this
 * class). Checked by {@link AllowedFilter} for token calls only; a method without it is refused to
 * every token (a test checks every non-public method declares one).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TokenScope {
  Scope value();
}
