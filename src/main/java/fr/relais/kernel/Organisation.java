package fr.relais.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who issues Relais's documents, from configuration (RELAIS_ORG_NAME, RELAIS_ORG_SIRET…): the
 * training organisation's name, address, SIRET and activity declaration number, and the person who
 * signs certificates, with an optional signature image (a PNG file).
 */
@ApplicationScoped
public class Organisation {

  @Inject
  @ConfigProperty(name = "relais.org.name")
  String name;

  @Inject
  @ConfigProperty(name = "relais.org.address")
  String address;

  @Inject
  @ConfigProperty(name = "relais.org.city")
  String city;

  @Inject
  @ConfigProperty(name = "relais.org.siret")
  String siret;

  @Inject
  @ConfigProperty(name = "relais.org.declaration")
  String declaration;

  @Inject
  @ConfigProperty(name = "relais.org.signatory")
  String signatory;

  @Inject
  @ConfigProperty(name = "relais.org.signatoryTitle")
  String signatoryTitle;

  @Inject
  @ConfigProperty(name = "relais.org.signatureImage")
  Optional<String> signatureImage;

  @Inject
  @ConfigProperty(name = "relais.org.disabilityReferent.name")
  String referentName;

  @Inject
  @ConfigProperty(name = "relais.org.disabilityReferent.email")
  String referentEmail;

  @Inject
  @ConfigProperty(name = "relais.org.disabilityReferent.phone")
  String referentPhone;

  /** Qualiopi indicator 26: who answers disabled people's questions and arrangement requests. */
  public record DisabilityReferent(String name, String email, String phone)
      implements java.io.Serializable {

    public String getName() {
      return name;
    }

    public String getEmail() {
      return email;
    }

    public String getPhone() {
      return phone;
    }
  }

  public DisabilityReferent disabilityReferent() {
    return new DisabilityReferent(referentName, referentEmail, referentPhone);
  }

  public DisabilityReferent getDisabilityReferent() {
    return disabilityReferent();
  }

  /** What documents print of the organisation. */
  public record Identity(
      String name,
      String address,
      String city,
      String siret,
      String declaration,
      String signatory,
      String signatoryTitle,
      byte[] signature) {}

  public Identity identity() {
    return new Identity(
        name, address, city, siret, declaration, signatory, signatoryTitle, signature());
  }

  private byte[] signature() {
    if (signatureImage.isEmpty() || signatureImage.get().isBlank()) {
      return null;
    }
    try {
      return Files.readAllBytes(Path.of(signatureImage.get()));
    } catch (IOException e) {
      throw new UncheckedIOException("signature image not readable: " + signatureImage.get(), e);
    }
  }
}
