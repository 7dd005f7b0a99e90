package fr.relais.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.el.ELException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A page that failed because the database is out of reach says so; any other failure is a 500. */
class ErrorPageTest {

  @Test
  void aLostDatabaseIsAPassingOutage() {
    assertEquals(
        "503",
        ErrorPage.codeFor(
            new ELException(new PersistenceException(new SQLException("refused", "08001")))));
  }

  @Test
  void aRefusedPostIsAnExpiredPageNotAnError() {
    assertEquals(
        "expired",
        ErrorPage.codeFor(
            new jakarta.faces.FacesException(
                new jakarta.faces.application.ViewExpiredException("forged", "/x.xhtml"))));
    assertEquals("expired", ErrorPage.codeFor(new org.primefaces.csp.CspException("no nonce")));
  }

  @Test
  void anythingElseIsAnError() {
    assertEquals("500", ErrorPage.codeFor(new IllegalStateException("bug")));
    assertEquals("500", ErrorPage.codeFor(new SQLException("duplicate", "23505")));
    assertEquals("500", ErrorPage.codeFor(null));
  }
}
