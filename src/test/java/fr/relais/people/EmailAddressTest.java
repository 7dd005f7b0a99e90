package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void normalizesCaseAndBlanks() {
    assertEquals("camille@chu-exemple.fr", EmailAddress.normalize("  Camille@CHU-Exemple.fr "));
  }

  @Test
  void acceptsOrdinaryAddresses() {
    assertTrue(EmailAddress.isValid("prenom.nom+relais@hopital.fr"));
    assertTrue(EmailAddress.isValid("a@b.co"));
  }

  @Test
  void refusesMalformedOnes() {
    assertFalse(EmailAddress.isValid("camille"));
    assertFalse(EmailAddress.isValid("camille@"));
    assertFalse(EmailAddress.isValid("camille@hopital"));
    assertFalse(EmailAddress.isValid("<script>@x.fr"));
    assertFalse(EmailAddress.isValid("a@" + "b".repeat(250) + ".fr"));
    assertFalse(EmailAddress.isValid(null));
  }

  @Test
  void findsTheDomain() {
    assertEquals("clinique-tilleuls.test", EmailAddress.domainOf("Marie@Clinique-Tilleuls.test"));
  }
}
