package fr.relais.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;

/**
 * Codes a coordinator gives a partner establishment so its staff can register for a JADES day
 * reserved for them: 8 characters, no look-alikes (0/O, 1/I/L), easy to read out on the phone.
 */
@ApplicationScoped
public class InvitationCodes {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private SessionRepository sessions;

  public String next() {
    String code;
    do {
      code = random();
    } while (sessions.invitationCodeTaken(code));
    return code;
  }

  static String random() {
    StringBuilder code = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
