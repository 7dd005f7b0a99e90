package fr.relais.registration;

import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Registering through the API (the caller's token, or a signed-in browser's session): POST
 * /api/sessions/{id}/registrations (201 when new, 200 when it existed), DELETE
 * /api/sessions/{id}/registrations/me. Roles: PARTICIPANT.
 */
@Path("sessions/{id}/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionRegistrationsResource {

  @Inject private RegistrationService registrations;
  @Inject private CurrentUser currentUser;

  /**
   * An optional invitation code, for a JADES day reserved for an establishment; optionally who pays
   * for the training (BPF frame F-1, kept for a training action when Relais cannot tell it) and an
   * arrangement request (Qualiopi indicator 26).
   */
  public record Request(
      String invitationCode,
      TraineeCategory traineeCategory,
      Boolean arrangement,
      String arrangementNeed) {

    /** The box's answers when the client gave any; none otherwise (nothing is then required). */
    RegistrationAnswers answers() {
      if (traineeCategory == null && !Boolean.TRUE.equals(arrangement)) {
        return null;
      }
      return new RegistrationAnswers(
          traineeCategory, Boolean.TRUE.equals(arrangement), arrangementNeed);
    }
  }

  @POST
  @Allowed(Role.PARTICIPANT_ROLE)
  public Response register(@PathParam("id") String id, Request request) {
    RegistrationOutcome outcome =
        registrations.register(
            currentUser.caller(),
            session(id),
            request == null ? null : request.invitationCode(),
            request == null ? null : request.answers());
    return Response.status(outcome.created() ? 201 : 200)
        .entity(RegistrationJson.of(outcome.registration(), outcome.waitlistPosition()))
        .build();
  }

  @DELETE
  @Path("me")
  @Allowed(Role.PARTICIPANT_ROLE)
  public RegistrationJson cancel(@PathParam("id") String id) {
    Registration cancelled = registrations.cancelOwn(currentUser.caller(), session(id));
    return RegistrationJson.of(cancelled, 0);
  }

  private long session(String id) {
    return Ids.parse(id).orElseThrow(() -> new NotFoundException("session " + id));
  }
}
