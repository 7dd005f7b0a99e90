package fr.relais.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The BPF page shows the first items of a long warning, and all of them when asked. */
class BpfWarningsShownTest {

  private static BpfWarning warning(BpfWarning.Kind kind, int items) {
    return new BpfWarning(
        kind,
        IntStream.range(0, items)
            .mapToObj(i -> new BpfWarning.Item("Stagiaire " + i, "/people/" + i, (long) i))
            .toList());
  }

  @Test
  void aLongWarningShowsItsFirstItemsAndTheOthersWhenAsked() {
    BpfBacking page = new BpfBacking();
    BpfWarning categories = warning(BpfWarning.Kind.REGISTRATION_WITHOUT_CATEGORY, 45);
    BpfWarning hours = warning(BpfWarning.Kind.SESSION_WITHOUT_HOURS, 45);

    List<BpfWarning.Item> first = page.shown(categories);
    assertEquals(BpfBacking.SHOWN_PER_KIND, first.size());
    assertEquals("Stagiaire 0", first.get(0).label());

    page.setAllKind("REGISTRATION_WITHOUT_CATEGORY");
    assertEquals(45, page.shown(categories).size(), "all of the kind asked");
    assertEquals(BpfBacking.SHOWN_PER_KIND, page.shown(hours).size(), "the others stay short");
  }

  @Test
  void aShortWarningShowsEverythingAndTheLinkAsksForItsKind() {
    BpfBacking page = new BpfBacking();
    BpfWarning few = warning(BpfWarning.Kind.INCOME_WITHOUT_SOURCE, 3);
    assertEquals(3, page.shown(few).size());
    String link = page.allOf(few);
    assertEquals(
        "/obligations/bpf/?year=0&all=INCOME_WITHOUT_SOURCE#w-INCOME_WITHOUT_SOURCE", link);
  }
}
