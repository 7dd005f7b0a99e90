package fr.relais.scheduling;

import fr.relais.kernel.Ids;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The coordinators' write API (a COORDINATE token): POST /api/sessions, PUT /api/sessions/{id},
 * POST /api/sessions/{id}/cancel. Roles: COORDINATOR, ADMIN.
 */
@Path("sessions")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.COORDINATE)
public class SessionAdminResource {

  @Inject private SessionService sessions;
  @Inject private CurrentUser currentUser;
  @Inject private SessionRepository repository;
  @Context private UriInfo uri;

  /** The reason for a cancellation. */
  public record Cancellation(String reason) {}

  @POST
  public Response create(SessionInput input) {
    Session created =
        sessions.create(
            currentUser.caller(), required(input).toPlan(), Boolean.TRUE.equals(input.publish()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
        .entity(ManagedSessionJson.of(reload(created.getId())))
        .build();
  }

  @PUT
  @Path("{id}")
  public ManagedSessionJson update(@PathParam("id") String id, SessionInput input) {
    long sessionId = known(id);
    sessions.update(currentUser.caller(), sessionId, required(input).toPlan());
    if (Boolean.TRUE.equals(input.publish())
        && repository.find(sessionId).orElseThrow().getStatus() == SessionStatus.DRAFT) {
      sessions.publish(currentUser.caller(), sessionId);
    }
    return ManagedSessionJson.of(reload(sessionId));
  }

  @POST
  @Path("{id}/cancel")
  public ManagedSessionJson cancel(@PathParam("id") String id, Cancellation cancellation) {
    long sessionId = known(id);
    sessions.cancel(
        currentUser.caller(), sessionId, cancellation == null ? null : cancellation.reason());
    return ManagedSessionJson.of(reload(sessionId));
  }

  private static SessionInput required(SessionInput input) {
    if (input == null) {
      throw new InvalidInput(List.of(new FieldError("body", "api.bodyRequired")));
    }
    return input;
  }

  private long known(String id) {
    return Ids.parse(id)
        .filter(i -> repository.find(i).isPresent())
        .orElseThrow(() -> new NotFoundException("session " + id));
  }

  private Session reload(long id) {
    return repository.findComplete(id).orElseThrow();
  }
}
