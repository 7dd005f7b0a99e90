package fr.relais.dpc;

import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.Organisation;
import fr.relais.people.Caller;
import fr.relais.quiz.QuizService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * End-of-training attestations: only for a training action and a participant present at least one
 * half-day. The participant downloads their own; coordinators any, or a session's as a ZIP.
 */
@Stateless
public class Attestations {

  @Inject private TrainingFactsRepository facts;
  @Inject private QuizService quizzes;
  @Inject private Organisation organisation;
  @Inject private Clock clock;

  /** One's own attestation; another person's registration is as if it did not exist. */
  public byte[] own(Caller caller, long registrationId) {
    TrainingFactsRepository.Participant p = facts.participant(registrationId);
    if (!caller.is(p.accountId())) {
      throw new NotFoundException("registration " + registrationId);
    }
    return pdf(facts.session(facts.sessionOf(registrationId)), p);
  }

  public byte[] any(Caller caller, long registrationId) {
    caller.mustCoordinate();
    TrainingFactsRepository.Participant p = facts.participant(registrationId);
    return pdf(facts.session(facts.sessionOf(registrationId)), p);
  }

  /** Every attestation of a session (those present), named by person. */
  public byte[] zip(Caller caller, long sessionId) {
    caller.mustCoordinate();
    TrainingFactsRepository.Session s = facts.session(sessionId);
    if (!s.isTraining()) {
      throw new NotFoundException("training session " + sessionId);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (TrainingFactsRepository.Participant p : facts.participants(sessionId)) {
        if (p.isPresent()) {
          zip.putNextEntry(
              new ZipEntry(
                  "attestation-fin-formation-"
                      + safe(p.lastName())
                      + "-"
                      + safe(p.firstName())
                      + "-"
                      + p.registrationId()
                      + ".pdf"));
          zip.write(pdf(s, p));
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private byte[] pdf(TrainingFactsRepository.Session s, TrainingFactsRepository.Participant p) {
    if (!s.isTraining() || !p.isPresent()) {
      throw new NotFoundException("attestation");
    }
    AttestationPdf.Quiz quiz =
        quizzes.planned(s.activityId())
            ? new AttestationPdf.Quiz(quizzes.attempts(p.registrationId()))
            : null;
    return AttestationPdf.of(s, p, quiz, organisation.identity(), clock.instant());
  }

  private static String safe(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^A-Za-z0-9-]", "_");
  }
}
