package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Account;
import fr.relais.people.ParticipantStatus;
import fr.relais.people.Profession;
import fr.relais.people.Region;
import fr.relais.people.WorkplaceType;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.programme.Theme;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

  // 1 December 2026, 13:05 UTC is 14:05 in Paris.
  private static final Instant AT = Instant.parse("2026-12-01T13:05:00Z");

  private static Registration studentMidwife() {
    Session s =
        new Session(
            new Activity("Atelier", Format.EJADES, new Theme("Sommeil", "Sleep"), Audience.ALL),
            AT.plus(Duration.ofDays(3)),
            AT.plus(Duration.ofDays(3).plusHours(2)),
            SessionMode.ONLINE);
    Account a = new Account("lea@relais.test", "Léa", "Martin", AT);
    a.describeAsParticipant(
        ParticipantStatus.STUDENT,
        Profession.MIDWIFE,
        WorkplaceType.UNIVERSITY_HOSPITAL,
        Region.OCCITANIE);
    return new Registration(s, a, Seat.STUDENT, false, AT);
  }

  @Test
  void saysLabelsInFrenchAndParisTimeNeverTheCodes() {
    String csv = RosterCsv.of(List.of(studentMidwife()), Texts.in(Locale.FRENCH));
    assertTrue(csv.contains("Étudiant(e) en santé"), csv);
    assertTrue(csv.contains("Sage-femme"), csv);
    assertTrue(csv.contains("Inscrit(e)"), csv);
    assertTrue(csv.contains("Place étudiante"), csv);
    assertTrue(csv.contains("01/12/2026 14:05"), csv);
    for (String code : List.of("STUDENT", "MIDWIFE", "CONFIRMED", "???")) {
      assertFalse(csv.contains(code), code + " in " + csv);
    }
  }

  @Test
  void saysThemInEnglishForAnEnglishReader() {
    String csv = RosterCsv.of(List.of(studentMidwife()), Texts.in(Locale.ENGLISH));
    assertTrue(csv.startsWith("\uFEFFLast name;First name"), csv);
    assertTrue(csv.contains("Registered"), csv);
    assertFalse(csv.contains("CONFIRMED") || csv.contains("MIDWIFE"), csv);
  }
}
