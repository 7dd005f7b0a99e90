package fr.relais.kernel.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** MicroProfile Health on the running application: alive, and ready when the database answers. */
class HealthIT {

  @Test
  void theApplicationIsAliveAndReadyWithItsDatabase() throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> live = web.get("/health/live");
    assertEquals(200, live.statusCode());
    assertTrue(live.body().contains("\"relais\""), live.body());
    HttpResponse<String> ready = web.get("/health/ready");
    assertEquals(200, ready.statusCode());
    assertTrue(
        ready.body().replace(" ", "").contains("\"name\":\"database\",\"status\":\"UP\""),
        ready.body());
  }
}
