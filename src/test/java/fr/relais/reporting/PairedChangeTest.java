package fr.relais.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairedChangeTest {

  @Test
  void meanChangeWithItsStudentInterval() {
    // Changes 4, 8, 12, 16, 20: mean 12, sd √40, t(4) = 2.776 → margin 2.776 × √8 = 7.852.
    PairedChange change = PairedChange.of(List.of(4d, 8d, 12d, 16d, 20d), 10);
    assertEquals(5, change.pairs());
    assertEquals(12, change.mean(), 1e-9);
    assertEquals(12 - 7.852, change.low(), 0.001);
    assertEquals(12 + 7.852, change.high(), 0.001);
    assertEquals(0.6, change.improvedShare(), 1e-9, "12, 16 and 20 reach +10");
  }

  @Test
  void aFallingScoreImprovesWhenItFallsFarEnough() {
    PairedChange change = PairedChange.of(List.of(-6d, -2d, -5d, 1d), -5);
    assertEquals(0.5, change.improvedShare(), 1e-9);
    assertEquals(-3, change.mean(), 1e-9);
  }

  @Test
  void largeSamplesUseTheExpansionCloseToPublishedQuantiles() {
    assertEquals(2.021, PairedChange.tQuantile(40), 0.001);
    assertEquals(2.000, PairedChange.tQuantile(60), 0.001);
    assertEquals(1.984, PairedChange.tQuantile(100), 0.001);
    assertEquals(2.042, PairedChange.tQuantile(30), 1e-9);
  }

  @Test
  void identicalChangesHaveNoSpread() {
    PairedChange change = PairedChange.of(List.of(5d, 5d, 5d), 10);
    assertEquals(5, change.low(), 1e-9);
    assertEquals(5, change.high(), 1e-9);
    assertEquals(0, change.improvedShare(), 1e-9);
  }

  @Test
  void oneLinkedPairIsNotEnough() {
    assertThrows(IllegalArgumentException.class, () -> PairedChange.of(List.of(3d), 10));
  }
}
