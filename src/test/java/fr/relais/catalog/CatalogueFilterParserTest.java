package fr.relais.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.relais.catalog.CatalogueFilterParser.InvalidFilterException;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueFilterParserTest {

  @Test
  void readsEveryCriterion() {
    Map<String, String> query =
        Map.of(
            "format",
            "ejades",
            "theme",
            "3",
            "site",
            "7",
            "mode",
            "ONLINE",
            "audience",
            "students",
            "from",
            "2026-12-01",
            "to",
            "2026-12-31");
    CatalogueFilter filter = CatalogueFilterParser.strict().parse(query::get);
    assertEquals(
        new CatalogueFilter(
            Format.EJADES,
            3L,
            7L,
            SessionMode.ONLINE,
            Audience.STUDENTS,
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 31)),
        filter);
  }

  @Test
  void noCriterionMeansAny() {
    assertEquals(
        CatalogueFilter.ANY, CatalogueFilterParser.strict().parse(Map.<String, String>of()::get));
    assertEquals(
        CatalogueFilter.ANY, CatalogueFilterParser.strict().parse(Map.of("format", " ")::get));
  }

  @Test
  void pagesIgnoreNonsense() {
    Map<String, String> query =
        Map.of(
            "format",
            "WORKSHOP'--",
            "theme",
            "-1",
            "site",
            "abc",
            "from",
            "31/12/2026",
            "mode",
            "ON_SITE");
    CatalogueFilter filter = CatalogueFilterParser.lenient().parse(query::get);
    assertNull(filter.format());
    assertNull(filter.themeId());
    assertNull(filter.siteId());
    assertNull(filter.from());
    assertEquals(SessionMode.ON_SITE, filter.mode());
  }

  @Test
  void theApiNamesTheParameterItRefuses() {
    var error =
        assertThrows(
            InvalidFilterException.class,
            () -> CatalogueFilterParser.strict().parse(Map.of("site", "1 OR 1=1")::get));
    assertEquals("site", error.getParameter());
  }

  @Test
  void anEndBeforeTheStartIsRefusedOrDropped() {
    Map<String, String> query = Map.of("from", "2026-12-10", "to", "2026-12-01");
    assertThrows(
        InvalidFilterException.class, () -> CatalogueFilterParser.strict().parse(query::get));
    CatalogueFilter lenient = CatalogueFilterParser.lenient().parse(query::get);
    assertEquals(LocalDate.of(2026, 12, 10), lenient.from());
    assertNull(lenient.to());
  }
}
