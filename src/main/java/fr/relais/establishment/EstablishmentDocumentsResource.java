package fr.relais.establishment;

import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.api.TokenScope;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * An establishment's documents, under /api/establishment-requests/{id}/documents/: a signed
 * half-day's sign-in sheet ({@code sheets/{session}/{halfDay}.pdf}, half-days counted from 0), a
 * session's certificates ({@code certificates/{session}.zip}), a participant's certificat de
 * réalisation ({@code realisation/{registration}.pdf}) and the one-page summary ({@code
 * summary.pdf}). Roles: CONTACT (their own establishment's only: 404 for another's), COORDINATOR,
 * ADMIN; {@link EstablishmentDocumentService} checks the establishment.
 */
@Path("establishment-requests/{id}/documents")
@RequestScoped
@Allowed({Role.CONTACT_ROLE, Role.COORDINATOR_ROLE, Role.ADMIN_ROLE})
@TokenScope(Scope.READ)
public class EstablishmentDocumentsResource {

  @Inject private EstablishmentDocumentService documents;
  @Inject private CurrentUser currentUser;

  @GET
  @Path("sheets/{session}/{halfDay}.pdf")
  @Produces("application/pdf")
  public Response sheet(
      @PathParam("id") String id,
      @PathParam("session") String session,
      @PathParam("halfDay") String halfDay) {
    long requestId = id(id);
    long sessionId = id(session);
    int half;
    try {
      half = Integer.parseInt(halfDay);
    } catch (NumberFormatException e) {
      throw new NotFoundException("half-day " + halfDay);
    }
    return file(
        documents.sheet(currentUser.caller(), requestId, sessionId, half),
        "emargement-" + sessionId + "-" + (half + 1) + ".pdf");
  }

  @GET
  @Path("certificates/{session}.zip")
  @Produces("application/zip")
  public Response certificates(@PathParam("id") String id, @PathParam("session") String session) {
    long sessionId = id(session);
    return file(
        documents.certificates(currentUser.caller(), id(id), sessionId),
        "attestations-" + sessionId + ".zip");
  }

  @GET
  @Path("realisation/{registration}.pdf")
  @Produces("application/pdf")
  public Response realisation(
      @PathParam("id") String id, @PathParam("registration") String registration) {
    long registrationId = id(registration);
    return file(
        documents.realisation(currentUser.caller(), id(id), registrationId),
        "certificat-realisation-" + registrationId + ".pdf");
  }

  @GET
  @Path("summary.pdf")
  @Produces("application/pdf")
  public Response summary(@PathParam("id") String id) {
    long requestId = id(id);
    return file(documents.summary(currentUser.caller(), requestId), "bilan-" + requestId + ".pdf");
  }

  private static long id(String text) {
    return Ids.parse(text).orElseThrow(() -> new NotFoundException(text));
  }

  private static Response file(byte[] bytes, String name) {
    return Response.ok(bytes)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
