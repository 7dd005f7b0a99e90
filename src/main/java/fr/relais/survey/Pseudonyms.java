package fr.relais.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pseudonym answers are stored under: HMAC-SHA256 of the account id with a secret from the
 * configuration (RELAIS_SURVEY_SECRET), never stored in the database. The same person always gets
 * the same pseudonym, so before/after answers link; a database dump alone cannot tell whose they
 * are.
 */
@ApplicationScoped
public class Pseudonyms {

  static final int MIN_SECRET_LENGTH = 32;

  @Inject
  @ConfigProperty(name = "relais.survey.secret")
  private Optional<String> secret;

  /** Refuses to run without a long enough secret (checked at start-up). */
  public void check() {
    if (secret.map(String::length).orElse(0) < MIN_SECRET_LENGTH) {
      throw new IllegalStateException(
          "relais.survey.secret (environment: RELAIS_SURVEY_SECRET) must be set to at least "
              + MIN_SECRET_LENGTH
              + " random characters: survey answers are stored under pseudonyms keyed with it");
    }
  }

  public String of(long accountId) {
    check();
    return of(secret.get(), accountId);
  }

  static String of(String secret, long accountId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal(ByteBuffer.allocate(8).putLong(accountId).array()));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
