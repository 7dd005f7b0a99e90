package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.people.Profession;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffListTest {

  private static StaffList.Preview read(String text) {
    return StaffList.read(text, Set.of(), Set.of(), 100);
  }

  @Test
  void aSpreadsheetCopyWithTabsAndAHeaderIsRead() {
    StaffList.Preview p =
        read(
            "Nom\tPrénom\tE-mail\tProfession\n"
                + "Durand\tAlice\tAlice.Durand@CHU.test\tInfirmière\n"
                + "Martin\tBruno\tbruno.martin@chu.test\t\n");
    assertEquals(2, p.accepted().size());
    StaffList.Row alice = p.accepted().get(0);
    assertEquals("Durand", alice.lastName());
    assertEquals("alice.durand@chu.test", alice.email());
    assertEquals(Profession.NURSE, alice.profession());
    assertEquals(2, alice.line());
    assertNull(p.accepted().get(1).profession());
    assertTrue(p.refused().isEmpty());
  }

  @Test
  void aBomWindowsLineEndsAndBlankLinesChangeNothing() {
    StaffList.Preview p =
        read(
            "\uFEFFDurand;Alice;alice@chu.test;NURSE\r\n\r\n   \r\nMartin;Bruno;bruno@chu.test;"
                + "Aide-soignant(e)\r\n");
    assertEquals(2, p.accepted().size());
    assertEquals("Durand", p.accepted().get(0).lastName());
    assertEquals(Profession.NURSING_ASSISTANT, p.accepted().get(1).profession());
    assertEquals(4, p.accepted().get(1).line());
  }

  @Test
  void quotedCellsKeepTheirSeparatorsAndQuotes() {
    StaffList.Preview p =
        read("\"Le Gall, épouse Kerbrat\",\"Anne \"\"Nanou\"\"\",anne@chu.test,\"Cadre de santé\"");
    assertEquals(1, p.accepted().size(), p.refused().toString());
    assertEquals("Le Gall, épouse Kerbrat", p.accepted().get(0).lastName());
    assertEquals("Anne \"Nanou\"", p.accepted().get(0).firstName());
    assertEquals(Profession.HEALTH_MANAGER, p.accepted().get(0).profession());
  }

  @Test
  void everyBadRowIsRefusedWithAllItsReasons() {
    StaffList.Preview p =
        read(
            "Durand;;alice@chu.test\n"
                + "Martin;Bruno;pas-une-adresse\n"
                + "Petit;Chloé;chloe@chu.test;Astronaute\n"
                + ";;nope;Astronaute\n"
                + "Roux;Denis;denis@chu.test;kiné\n");
    assertEquals(1, p.accepted().size());
    assertEquals(4, p.refused().size());
    assertEquals(List.of("establishment.staff.row.name"), p.refused().get(0).reasons());
    assertEquals(List.of("establishment.staff.row.email"), p.refused().get(1).reasons());
    assertEquals(List.of("establishment.staff.row.profession"), p.refused().get(2).reasons());
    assertEquals(3, p.refused().get(3).reasons().size());
    assertEquals(4, p.refused().get(3).line());
    assertEquals(Profession.PHYSIOTHERAPIST, p.accepted().get(0).profession());
  }

  @Test
  void theSameAddressTwiceIsOnePerson() {
    StaffList.Preview p =
        read(
            "Durand;Alice;alice@chu.test\nDURAND;Alice;ALICE@chu.test \nMartin;Bruno;bruno@chu.test");
    assertEquals(2, p.accepted().size());
    assertEquals(1, p.duplicates().size());
    assertEquals(2, p.duplicates().get(0).line());
    assertEquals(1, p.duplicates().get(0).sameAsLine());
  }

  @Test
  void peopleAlreadyInvitedOrRegisteredAndBeyondTheSeatsAreRefused() {
    StaffList.Preview p =
        StaffList.read(
            "A;Un;un@chu.test\nB;Deux;deux@chu.test\nC;Trois;trois@chu.test\nD;Quatre;quatre@chu.test",
            Set.of("un@chu.test"),
            Set.of("deux@chu.test"),
            1);
    assertEquals(1, p.accepted().size());
    assertEquals("trois@chu.test", p.accepted().get(0).email());
    assertEquals(
        List.of(
            "establishment.staff.row.alreadyInvited",
            "establishment.staff.row.alreadyRegistered",
            "establishment.staff.row.noSeat"),
        p.refused().stream().map(r -> r.reasons().get(0)).toList());
  }

  @Test
  void fiveHundredRowsPassAndFiveHundredAndOneAreRefusedWhole() {
    StringBuilder list = new StringBuilder();
    for (int i = 1; i <= 500; i++) {
      list.append("Nom").append(i).append(";Prénom;p").append(i).append("@chu.test\n");
    }
    StaffList.Preview full = StaffList.read(list.toString(), Set.of(), Set.of(), 500);
    assertEquals(500, full.accepted().size());
    assertNull(full.listError());
    list.append("Nom501;Prénom;p501@chu.test\n");
    StaffList.Preview tooLong = StaffList.read(list.toString(), Set.of(), Set.of(), 1000);
    assertEquals("establishment.staff.list.tooLong", tooLong.listError());
    assertTrue(tooLong.accepted().isEmpty());
  }

  @Test
  void frenchLabelsAndCodesNameProfessions() {
    assertEquals(Profession.NURSE, StaffList.profession("Infirmier(ère)").orElseThrow());
    assertEquals(Profession.MIDWIFE, StaffList.profession("sage-femme").orElseThrow());
    assertEquals(
        Profession.SOCIAL_WORKER, StaffList.profession("Travailleur(se) social(e)").orElseThrow());
    assertEquals(Profession.DENTIST, StaffList.profession("Chirurgien(ne)-dentiste").orElseThrow());
    assertEquals(Profession.PHYSICIAN, StaffList.profession("physician").orElseThrow());
    assertTrue(StaffList.profession("plombier").isEmpty());
  }

  @Test
  void nothingTypedIsAnEmptyPreview() {
    assertTrue(read("").isEmpty());
    assertTrue(read(null).isEmpty());
    assertTrue(read("\n\r\n  \n").isEmpty());
  }
}
