package fr.relais.attendance;

import fr.relais.kernel.Tokens;

/**
 * The SHA-256 of everything a locked half-day's sign-in sheet says, in a fixed text form: the
 * session and half-day, the trainer's signature and its time, and each participant's line with the
 * hash of their drawn signature. Two sheets with the same fingerprint say the same thing; any
 * correction changes it.
 */
public final class SheetFingerprint {

  private SheetFingerprint() {}

  public static String of(RosterView roster, int halfDay) {
    HalfDay half = roster.halfDays().get(halfDay);
    RosterView.Signed signed = roster.signed().get(halfDay);
    StringBuilder text = new StringBuilder("relais-sheet-v1\n");
    text.append("session=").append(roster.sessionId()).append('\n');
    text.append("title=").append(roster.title()).append('\n');
    text.append("halfDay=").append(halfDay).append('|').append(half.start()).append('|');
    text.append(half.end()).append('\n');
    if (signed != null) {
      text.append("trainer=").append(signed.trainer()).append('|').append(signed.at());
      text.append('|').append(hash(signed.signature())).append('\n');
    }
    for (RosterView.Line line : roster.lines()) {
      RosterView.Cell cell = line.cells().get(halfDay);
      text.append("line=").append(line.registrationId()).append('|').append(line.name());
      text.append('|').append(cell.status()).append('|').append(cell.method());
      text.append('|').append(cell.at()).append('|').append(hash(cell.signature())).append('\n');
    }
    return Tokens.hash(text.toString());
  }

  /** Whether a text has the form of a fingerprint (64 lowercase hex digits). */
  public static boolean plausible(String text) {
    return text != null && text.matches("[0-9a-f]{64}");
  }

  private static String hash(byte[] bytes) {
    return bytes == null ? "-" : sha256(bytes);
  }

  /** The SHA-256 of a file, in hex (the verification page shows the PDF's own too). */
  public static String sha256(byte[] bytes) {
    return Tokens.sha256(bytes);
  }
}
