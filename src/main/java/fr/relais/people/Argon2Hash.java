package fr.relais.people;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * An Argon2id (version 1.3) password hash in the PHC string format, {@code
 * $argon2id$v=19$m=7168,t=5,p=1$<salt>$<hash>} (standard base64 without padding), as the reference
 * implementation writes it. The string names its own cost, so a hash made with other parameters
 * still verifies.
 */
record Argon2Hash(Cost cost, byte[] salt, byte[] hash) {

  /** Memory in KiB, passes over it, lanes. */
  record Cost(int memoryKib, int iterations, int parallelism) {}

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})"
              + "\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{22,})");

  /** Larger costs are refused as not a hash, so a damaged row cannot ask for gigabytes. */
  private static final int MAX_MEMORY_KIB = 1 << 20;

  /** Empty when the string is not an Argon2id v1.3 hash this class can check. */
  static Optional<Argon2Hash> parse(String encoded) {
    Matcher m = encoded == null ? null : PHC.matcher(encoded);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    Cost cost =
        new Cost(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    if (cost.parallelism() < 1
        || cost.iterations() < 1
        || cost.memoryKib() < 8 * cost.parallelism()
        || cost.memoryKib() > MAX_MEMORY_KIB) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Argon2Hash(
              cost,
              Base64.getDecoder().decode(m.group(4)),
              Base64.getDecoder().decode(m.group(5))));
    } catch (IllegalArgumentException badBase64) {
      return Optional.empty();
    }
  }

  String encoded() {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return String.format(
        "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
        cost.memoryKib(),
        cost.iterations(),
        cost.parallelism(),
        b64.encodeToString(salt),
        b64.encodeToString(hash));
  }

  /** Argon2id v1.3 of the password with this cost and salt, as long as the hash. */
  byte[] derive(byte[] password) {
    return derive(cost, salt, password, null, null, hash.length);
  }

  /** Argon2id v1.3; the secret and associated data (null for none) only serve the RFC's vectors. */
  static byte[] derive(
      Cost cost, byte[] salt, byte[] password, byte[] secret, byte[] associated, int length) {
    Argon2Parameters.Builder parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt);
    if (secret != null) {
      parameters.withSecret(secret);
    }
    if (associated != null) {
      parameters.withAdditional(associated);
    }
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters.build());
    byte[] out = new byte[length];
    generator.generateBytes(password, out);
    return out;
  }
}
