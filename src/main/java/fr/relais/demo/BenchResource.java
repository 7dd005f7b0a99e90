package fr.relais.demo;

import fr.relais.catalog.SessionJson;
import fr.relais.kernel.api.Allowed;
import fr.relais.kernel.api.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the benchmarks (bench/PublicBench) measure against, in demo mode only (relais.demo=true); a
 * 404 otherwise, so that a production server has nothing to offer here.
 *
 * <ul>
 *   <li>GET /api/bench/ceiling: twenty sessions shaped like a page of GET /api/sessions, built once
 *       in memory: what JSON costs on this server without the database, the ceiling the catalogue
 *       API is compared with.
 *   <li>GET /api/bench/http-sessions: how many HTTP sessions the server has created since it
 *       started (a number, nothing about them).
 * </ul>
 */
@Path("bench")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Allowed(Allowed.EVERYONE)
public class BenchResource {

  private static final List<SessionJson> CEILING =
      IntStream.range(0, 20).mapToObj(BenchResource::sample).toList();

  @Inject
  @ConfigProperty(name = "relais.demo", defaultValue = "false")
  private boolean demo;

  @GET
  @Path("ceiling")
  public Response ceiling() {
    return demo ? Response.ok(CEILING).build() : notFound();
  }

  @GET
  @Path("http-sessions")
  public Response httpSessions() {
    return demo ? Response.ok(Map.of("created", HttpSessionCounter.created())).build() : notFound();
  }

  private static Response notFound() {
    return ApiError.response(Response.Status.NOT_FOUND, "Not found");
  }

  private static SessionJson sample(int i) {
    OffsetDateTime start = OffsetDateTime.of(2026, 12, 1 + i, 18, 0, 0, 0, ZoneOffset.ofHours(1));
    return new SessionJson(
        1000 + i,
        "eJADES – Souffler entre deux gardes (séance " + i + ")",
        "EJADES",
        "Prévention de l'épuisement",
        start,
        start.plusMinutes(90),
        i % 3 == 0 ? "ON_SITE" : "ONLINE",
        i % 3 == 0 ? new SessionJson.Place("Maison des soignants de Paris", "Paris") : null,
        20,
        20 - i % 20,
        "ALL",
        null);
  }
}
