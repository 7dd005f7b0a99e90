package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionMessagesTest {

  @Test
  void aSubjectIsOneLineSoItCannotAddAMailHeader() {
    assertEquals(
        "Salle changée Bcc: x@y.z", SessionMessages.oneLine(" Salle changée\r\nBcc: x@y.z\t"));
    assertEquals("", SessionMessages.oneLine(null));
  }
}
