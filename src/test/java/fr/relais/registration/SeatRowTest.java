package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.relais.registration.RegistrationRepository.SeatRow;
import fr.relais.scheduling.SessionStatus;
import org.junit.jupiter.api.Test;

/** The seat a registration takes, decided from the locked row's free seats. */
class SeatRowTest {

  private static SeatRow free(int general, int student) {
    return new SeatRow(SessionStatus.PUBLISHED, general, student, 10, false);
  }

  @Test
  void aStudentTakesAStudentSeatFirstThenAGeneralOne() {
    assertEquals(Seat.STUDENT, free(3, 1).seatFor(true));
    assertEquals(Seat.GENERAL, free(3, 0).seatFor(true));
    assertNull(free(0, 0).seatFor(true));
  }

  @Test
  void aProfessionalNeverTakesASeatKeptForStudents() {
    assertEquals(Seat.GENERAL, free(1, 2).seatFor(false));
    assertNull(free(0, 2).seatFor(false), "only student seats free: the professional waits");
  }
}
