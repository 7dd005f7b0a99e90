import fr.relais.launch.PayaraMicro;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rolling-upgrade drill (issue 20): two clustered instances behind HAProxy under a steady load
 * of signed-in participants (each in a loop: a session page, "Mes inscriptions"). Instance A is
 * drained in HAProxy, stopped (SIGTERM) once it has no connection, started again and put back;
 * then the same for B. Counts failed requests (no answer or 5xx) and signed-in requests answered
 * as signed out, and checks each participant's cookie afterwards. The build started again is the
 * same WAR (target/relais.war): what is drilled is the path, drain → stop → start → ready, with
 * the sessions moving through the grid. Exit 1 on any failure.
 *
 * <p>{@code flock -x /tmp/relais-cpu.lock bash bench/cluster-drill.sh RollingDrill}
 */
public class RollingDrill {

  static final int CLIENTS = 50;

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    Path target = root.resolve("target");
    int gridA = PayaraMicro.freePort();
    int gridB = PayaraMicro.freePort();
    String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    String secret = "drill-only-cluster-password-0123456789";
    PayaraMicro.Cluster[] clusters = {
      new PayaraMicro.Cluster("relais-rolling", secret, members, null, gridA),
      new PayaraMicro.Cluster("relais-rolling", secret, members, null, gridB)
    };
    long t0 = System.nanoTime();
    try (BenchSupport bench = BenchSupport.start(root, clusters[0])) {
      long session = bench.scalar("SELECT min(id) FROM session WHERE status = 'PUBLISHED' AND starts_at > now()");
      PayaraMicro[] instances = {bench.micro, bench.startAnother("b", clusters[1])};
      instances[1].awaitReady("/health/ready", Duration.ofMinutes(8));
      ClusterDrill.awaitMembers(target.resolve("logs/bench-app.log"), 2);
      // HAProxy's servers are fixed ports: the restarted instances come back on the same ones.
      try (Haproxy proxy = Haproxy.start(target.resolve("haproxy"), instances[0].port(), instances[1].port())) {
        proxy.awaitBothUp();
        bench.front = proxy.baseUrl();
        List<String> people = BenchSupport.participants(CLIENTS);
        List<HttpClient> clients = ClusterDrill.signIn(bench, people);
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger signedOut = new AtomicInteger();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (HttpClient client : clients) {
          pool.submit(() -> {
            ClusterDrill.Participant p = new ClusterDrill.Participant(client, proxy.baseUrl(), requests, failed, signedOut, failures);
            while (running.get()) {
              p.browse(session);
              Thread.sleep(200);
            }
            return null;
          });
        }
        Thread.sleep(5000);
        for (int i = 0; i < 2; i++) {
          String name = String.valueOf((char) ('a' + i));
          long step = System.nanoTime();
          proxy.command("set server relais/" + name + " state drain");
          // Its people keep going to it until it stops; new ones go to the other. Wait until idle.
          for (int w = 0; w < 40 && proxy.currentSessions(name) > 0; w++) {
            Thread.sleep(250);
          }
          proxy.command("set server relais/" + name + " state maint");
          Thread.sleep(1500); // requests in flight on it finish
          int port = instances[i].port();
          instances[i].close(); // SIGTERM: Payara stops its listeners, the grid hands its partitions over
          System.out.printf("instance %s drained and stopped (%d requests so far, %d failed)%n", name, requests.get(), failed.get());
          instances[i] = i == 0
              ? startOn(bench, "a2", clusters[0], port)
              : startOn(bench, "b2", clusters[1], port);
          Duration ready = instances[i].awaitReady("/health/ready", Duration.ofMinutes(8));
          proxy.command("set server relais/" + name + " state ready");
          Thread.sleep(3000); // its health check passes twice, then it takes people again
          System.out.printf("instance %s back in %d s (ready after %d s)%n", name,
              (System.nanoTime() - step) / 1_000_000_000, ready.toSeconds());
        }
        Thread.sleep(5000);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        int after = 0;
        for (HttpClient client : clients) {
          try {
            if (client.send(HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/api/me/registrations"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
              after++;
            }
          } catch (IOException e) {
            after++;
          }
        }
        System.out.println();
        System.out.printf("=== rolling upgrade: %d participants in a loop, A then B drained, stopped, started ===%n", CLIENTS);
        System.out.printf("requests answered          : %d%n", requests.get());
        System.out.printf("requests failed            : %d %s%n", failed.get(), failures);
        System.out.printf("signed out during the run  : %d%n", signedOut.get());
        System.out.printf("signed out after           : %d of %d%n", after, CLIENTS);
        System.out.printf("whole drill                : %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
        instances[1].close();
        instances[0].close();
        if (failed.get() + signedOut.get() + after > 0) {
          System.out.println("BREACH");
          proxy.close(); // System.exit skips the try-with-resources: HAProxy would outlive the drill
          bench.close();
          System.exit(1);
        }
        System.out.println("all checks passed");
      }
    }
  }

  /** A new instance of the same build on the port HAProxy knows. */
  static PayaraMicro startOn(BenchSupport bench, String name, PayaraMicro.Cluster cluster, int port) throws Exception {
    return bench.startAnotherOn(name, cluster, port);
  }
}
