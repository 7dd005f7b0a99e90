import fr.relais.launch.PayaraMicro;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * HAProxy (Debian's package) in front of Relais instances on this machine, with the configuration
 * docs/operations.md describes: a sticky cookie with fail-over to another instance (redispatch and
 * retries of requests an instance never answered), a health check on /health/ready every second,
 * and a stats socket through which an instance is drained ({@code set server relais/a state
 * drain}) before it is stopped.
 */
final class Haproxy implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path socket;

  private Haproxy(Process process, int port, Path socket) {
    this.process = process;
    this.port = port;
    this.socket = socket;
  }

  static String config(int port, Path socket, int... instances) {
    StringBuilder servers = new StringBuilder();
    for (int i = 0; i < instances.length; i++) {
      String name = String.valueOf((char) ('a' + i));
      servers.append("  server ").append(name).append(" 127.0.0.1:").append(instances[i])
          .append(" check cookie ").append(name).append('\n');
    }
    return """
        global
          maxconn 4096
          stats socket %s mode 600 level admin
        defaults
          mode http
          timeout connect 2s
          timeout client 120s
          timeout server 120s
          timeout queue 60s
          # An instance that does not answer: the request goes to another one (a registration sent
          # twice is answered with the existing one, never a second row).
          retries 3
          option redispatch 1
          retry-on conn-failure empty-response response-timeout
          timeout http-request 10s
        frontend relais
          bind 127.0.0.1:%d
          default_backend relais
        backend relais
          balance roundrobin
          # Sticky: the first answer sets RELAIS_SRV; a person stays on their instance while it is up.
          cookie RELAIS_SRV insert indirect nocache httponly
          option httpchk GET /health/ready
          http-check expect status 200
          default-server inter 1s fall 2 rise 2 slowstart 10s
        %s""".formatted(socket, port, servers);
  }

  static Haproxy start(Path directory, int... instances) throws IOException {
    Files.createDirectories(directory);
    int port = PayaraMicro.freePort();
    Path socket = directory.resolve("admin.sock");
    Files.deleteIfExists(socket);
    Path cfg = Files.writeString(directory.resolve("haproxy.cfg"), config(port, socket, instances));
    Process process = new ProcessBuilder("haproxy", "-db", "-f", cfg.toString())
        .redirectErrorStream(true).redirectOutput(directory.resolve("haproxy.log").toFile()).start();
    return new Haproxy(process, port, socket);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Sends a command to HAProxy's admin socket (socat is not needed: a Unix socket from Java). */
  String command(String line) throws IOException {
    try (var channel = java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(socket))) {
      channel.write(java.nio.ByteBuffer.wrap((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8192);
      while (channel.read(buffer) > 0) {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The state HAProxy sees for each server ("UP", "DOWN", "DRAIN"…), one line per server. */
  List<String> states() throws IOException {
    return command("show servers state relais").lines()
        .filter(l -> l.matches("\\d+ relais .*")).map(l -> {
          String[] f = l.split(" ");
          // be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state ...
          return f[3] + " op=" + f[5] + " admin=" + f[6];
        }).toList();
  }

  /** The server's current sessions (connections in use), from "show stat" (CSV, field scur). */
  int currentSessions(String server) throws IOException {
    return command("show stat").lines().filter(l -> l.startsWith("relais," + server + ","))
        .mapToInt(l -> Integer.parseInt(l.split(",")[4])).findFirst().orElse(0);
  }

  /** Waits until every server passes its health check (op state 2 = running). */
  void awaitBothUp() throws Exception {
    for (int i = 0; i < 120; i++) {
      if (process.isAlive() && Files.exists(socket)) {
        List<String> states = states();
        if (!states.isEmpty() && states.stream().allMatch(s -> s.contains("op=2"))) {
          return;
        }
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("HAProxy never saw every instance up: " + (Files.exists(socket) ? states() : "no socket"));
  }

  /** Waits until the port accepts connections. */
  boolean listening() {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    process.destroy();
  }
}
