package fr.relais.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every cookie gets HttpOnly (but the language one), SameSite=Lax, and Secure over HTTPS. */
class CookieAttributesTest {

  @Test
  void theContainersSessionCookieGetsWhatItLacks() {
    assertEquals(
        "JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax",
        CookieAttributes.complete("JSESSIONID=abc; Path=/; HttpOnly", false));
    assertEquals(
        "JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure",
        CookieAttributes.complete("JSESSIONID=abc; Path=/", true));
  }

  @Test
  void whatIsAlreadyThereIsNotRepeatedNorOverridden() {
    String strict = "flash=1; Path=/; Secure; HttpOnly; SameSite=Strict";
    assertEquals(strict, CookieAttributes.complete(strict, true));
    assertEquals(
        "a=b;httponly;samesite=lax", CookieAttributes.complete("a=b;httponly;samesite=lax", false));
  }

  @Test
  void aValueLookingLikeAnAttributeDoesNotCount() {
    assertEquals(
        "note=HttpOnly; Path=/; HttpOnly; SameSite=Lax",
        CookieAttributes.complete("note=HttpOnly; Path=/", false));
  }

  @Test
  void theLanguageCookieMayStayReadableByScripts() {
    assertEquals(
        "relais_lang=en; Max-Age=31536000; Path=/; SameSite=Lax",
        CookieAttributes.complete("relais_lang=en; Max-Age=31536000; Path=/", false));
  }
}
