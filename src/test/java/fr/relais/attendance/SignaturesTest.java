package fr.relais.attendance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.relais.kernel.BusinessException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SignaturesTest {

  private static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    java.util.Random noise = new java.util.Random(7); // noise does not compress: a big file
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, noise.nextInt());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static String dataUrl(byte[] bytes) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
  }

  private static String refusal(String value) {
    return assertThrows(BusinessException.class, () -> Signatures.png(value)).getMessageKey();
  }

  @Test
  void aDrawnSignatureIsKeptAsItsPngBytes() throws Exception {
    byte[] png = png(300, 100);
    assertArrayEquals(png, Signatures.png(dataUrl(png)));
  }

  @Test
  void somethingThatIsNotAPngIsRefused() throws Exception {
    assertEquals("attendance.signature.missing", refusal(""));
    assertEquals("attendance.signature.missing", refusal(null));
    assertEquals(
        "attendance.signature.notImage",
        refusal("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(png(10, 10))));
    assertEquals("attendance.signature.notImage", refusal("data:image/png;base64,@@@"));
    assertEquals(
        "attendance.signature.notImage",
        refusal(dataUrl("<svg onload=alert(1)>".getBytes())),
        "not an image at all");
    byte[] truncated = Arrays.copyOf(png(50, 50), 40);
    assertEquals("attendance.signature.notImage", refusal(dataUrl(truncated)), "a PNG header only");
  }

  @Test
  void aSignatureOver200KbIsRefused() throws Exception {
    byte[] big = png(800, 800);
    org.junit.jupiter.api.Assertions.assertTrue(big.length > Signatures.MAX_BYTES, "" + big.length);
    assertEquals("attendance.signature.tooLarge", refusal(dataUrl(big)));
  }
}
