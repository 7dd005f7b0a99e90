package fr.relais.attendance;

import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.Organisation;
import fr.relais.notification.MailSettings;
import fr.relais.people.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Certificates as PDFs: one's own, a session's as a ZIP, and their verification. */
@ApplicationScoped
public class Certificates {

  @Inject private AttendanceRepository attendance;
  @Inject private MailSettings settings;
  @Inject private Organisation organisation;

  /** The certificate of a registration, for its owner only; none for an absentee. */
  public byte[] pdfOf(long registrationId, long accountId) {
    Certificate c =
        attendance
            .certificateOf(registrationId)
            .filter(x -> x.getRegistration().getAccount().getId().equals(accountId))
            .orElseThrow(() -> new NotFoundException("certificate"));
    return pdf(c);
  }

  public byte[] zip(long sessionId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Certificate c : attendance.certificates(sessionId)) {
        Account a = c.getRegistration().getAccount();
        zip.putNextEntry(
            new ZipEntry(
                "attestation-"
                    + safe(a.getLastName())
                    + "-"
                    + safe(a.getFirstName())
                    + "-"
                    + c.getCode()
                    + ".pdf"));
        zip.write(pdf(c));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public String verifyUrl(String code) {
    return settings.publicUrl() + "/verify/" + code;
  }

  byte[] pdf(Certificate c) {
    List<String> trainers = attendance.trainerNames(c.getRegistration().getSession().getId());
    return CertificatePdf.of(c, trainers, verifyUrl(c.getCode()), organisation.identity());
  }

  private static String safe(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^A-Za-z0-9-]", "_");
  }
}
