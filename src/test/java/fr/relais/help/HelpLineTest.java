package fr.relais.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HelpLineTest {

  @Test
  void dialsInInternationalForm() {
    assertEquals("+33805232336", HelpLine.SPS.getTel());
    assertEquals("+33140545377", HelpLine.PASTEUR.getTel());
  }

  @Test
  void theAssociationsOwnLineComesFirst() {
    assertEquals(HelpLine.SPS, new HelpLines().getNational().get(0));
  }
}
