package fr.relais.attendance;

import fr.relais.kernel.BusinessException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Drawn signatures as the signature pad sends them ("data:image/png;base64,…"): accepted only when
 * they are a PNG image of at most 200 KB.
 */
public final class Signatures {

  public static final int MAX_BYTES = 200 * 1024;
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final String PREFIX = "data:image/png;base64,";

  private Signatures() {}

  /** The PNG bytes of a drawn signature; refuses anything else with a message for the page. */
  public static byte[] png(String dataUrl) {
    if (dataUrl == null || dataUrl.isBlank()) {
      throw BusinessException.onField("signature", "attendance.signature.missing");
    }
    if (dataUrl.length() > MAX_BYTES * 4 / 3 + PREFIX.length() + 8) {
      throw BusinessException.onField("signature", "attendance.signature.tooLarge");
    }
    if (!dataUrl.startsWith(PREFIX)) {
      throw BusinessException.onField("signature", "attendance.signature.notImage");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(dataUrl.substring(PREFIX.length()));
    } catch (IllegalArgumentException notBase64) {
      throw BusinessException.onField("signature", "attendance.signature.notImage");
    }
    if (bytes.length > MAX_BYTES) {
      throw BusinessException.onField("signature", "attendance.signature.tooLarge");
    }
    if (bytes.length < PNG.length
        || !Arrays.equals(Arrays.copyOf(bytes, PNG.length), PNG)
        || !decodes(bytes)) {
      throw BusinessException.onField("signature", "attendance.signature.notImage");
    }
    return bytes;
  }

  /** A PNG header is not enough: the sheet must be able to print the image. */
  private static boolean decodes(byte[] bytes) {
    try {
      return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)) != null;
    } catch (java.io.IOException | RuntimeException broken) {
      return false;
    }
  }
}
