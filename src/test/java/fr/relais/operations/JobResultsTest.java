package fr.relais.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.kernel.jobs.JobCounts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JobResultsTest {

  private static final JobResults FR = new JobResults(Locale.FRENCH);
  private static final JobResults EN = new JobResults(Locale.ENGLISH);

  @Test
  void countsAreSaidWithTheRightPlural() {
    assertEquals("Aucun rappel envoyé", FR.of(JobCounts.of("reminders", 0)));
    assertEquals("1 rappel envoyé", FR.of(JobCounts.of("reminders", 1)));
    assertEquals("3 rappels envoyés", FR.of(JobCounts.of("reminders", 3)));
    assertEquals("No reminder sent", EN.of("reminders=0"));
    assertEquals("2 mails sent", EN.of("sent=2"));
  }

  @Test
  void theRetentionRunIsOneSentence() {
    assertEquals(
        "1 compte inactif supprimé ; aucun nom effacé des feuilles expirées ; 2 signatures effacées"
            + " ; aucun ancien mail ni lien supprimé",
        FR.of(JobCounts.of("erased", 1, "names", 0, "signatures", 2, "mails", 0)));
  }

  @Test
  void aFailureOrAnOlderTextIsShownAsItIs() {
    assertEquals(
        "java.lang.IllegalStateException: boom", FR.of("java.lang.IllegalStateException: boom"));
    assertEquals("", FR.of(null));
  }
}
