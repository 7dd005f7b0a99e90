package fr.relais.launch;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Payara Micro running the Relais WAR in a child process. */
public final class PayaraMicro implements Closeable {

  private final Process process;
  private final int port;
  private final Path settings;

  private PayaraMicro(Process process, int port, Path settings) {
    this.process = process;
    this.port = port;
    this.settings = settings;
  }

  /**
   * Starts Payara Micro with the WAR at the root context on the given port (0 = any free port). The
   * properties reach the application through MicroProfile Config, from a file only its owner may
   * read (Micro's --systemproperties), never from the command line that {@code ps} shows to
   * everyone: they include the database password and the survey secret. The file is deleted once
   * the application answers. Output goes to the log file, or to this console when log is null.
   * Clustered when the environment says so ({@link Cluster#fromEnvironment}), alone otherwise.
   */
  public static PayaraMicro start(
      Path microJar, Path war, int port, Map<String, String> properties, Path tmp, Path log)
      throws IOException {
    return start(
        microJar, war, port, properties, tmp, log, Cluster.fromEnvironment(System.getenv()));
  }

  /** The same, in the cluster given (null: one instance, no data grid at all). */
  public static PayaraMicro start(
      Path microJar,
      Path war,
      int port,
      Map<String, String> properties,
      Path tmp,
      Path log,
      Cluster cluster)
      throws IOException {
    int chosen = port == 0 ? freePort() : port;
    Files.createDirectories(tmp);
    Path settings = writePrivately(tmp.resolve("relais-" + chosen + ".properties"), properties);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The heap; RELAIS_HEAP changes it (the benchmarks measure RSS with 512m, docs/performance.md).
    command.add("-Xmx" + System.getenv().getOrDefault("RELAIS_HEAP", "768m"));
    command.add("-Djava.io.tmpdir=" + tmp.toAbsolutePath());
    if (cluster != null) {
      // --interfaces picks the grid's address; without this Hazelcast still listens on all.
      command.add("-Dhazelcast.socket.bind.any=false");
    }
    Path boot =
        cluster == null
            ? writeBootCommands(tmp)
            : cluster.writeBootCommands(tmp.resolve("relais-preboot-" + chosen + ".asadmin"));
    command.addAll(
        List.of(
            "-jar",
            microJar.toAbsolutePath().toString(),
            "--systemproperties",
            settings.toAbsolutePath().toString(),
            "--prebootcommandfile",
            boot.toAbsolutePath().toString()));
    if (cluster == null) {
      command.add("--nocluster");
    } else {
      command.addAll(cluster.options());
      command.addAll(List.of("--name", "relais-" + chosen));
    }
    command.addAll(
        List.of(
            "--disablephonehome",
            "--port",
            String.valueOf(chosen),
            "--contextroot",
            "/",
            "--deploy",
            war.toAbsolutePath().toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (log == null) {
      builder.inheritIO();
    } else {
      Files.createDirectories(log.getParent());
      builder.redirectOutput(log.toFile());
    }
    return new PayaraMicro(builder.start(), chosen, settings);
  }

  /**
   * Several instances on Payara's data grid (Hazelcast), opt-in: {@code RELAIS_CLUSTER_NAME} turns
   * it on. Members are found without multicast, from a fixed list ({@code
   * RELAIS_CLUSTER_MEMBERS=host:port,host:port}, TCP/IP) or DNS ({@code dns:name:port}, e.g. a
   * headless service of the containers); the grid listens on {@code RELAIS_CLUSTER_INTERFACE} only
   * (127.0.0.1 unless told: nothing on the network by default), from {@code RELAIS_CLUSTER_PORT}
   * (6900) up. Hazelcast's open-source edition has no member authentication: {@code
   * RELAIS_CLUSTER_PASSWORD} is folded into the cluster name it sends when joining (a member
   * without it forms a cluster of its own), which keeps strays and mistakes out, not an attacker on
   * the grid's network: the interface must be a private one (docs/operations.md).
   */
  public record Cluster(String name, String password, String members, String iface, int port) {

    public Cluster {
      if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9._-]{1,64}")) {
        throw new IllegalArgumentException(
            "RELAIS_CLUSTER_NAME: letters, digits, '.', '_' or '-' (at most 64)");
      }
      if (password == null || password.length() < 16) {
        throw new IllegalArgumentException(
            "RELAIS_CLUSTER_PASSWORD: at least 16 characters, the same on every instance");
      }
      if (members == null || members.isBlank()) {
        throw new IllegalArgumentException(
            "RELAIS_CLUSTER_MEMBERS: host:port,host:port (or dns:name:port); no multicast");
      }
      if (iface == null || iface.isBlank()) {
        iface = "127.0.0.1";
      }
    }

    /** The cluster the environment describes, or null when RELAIS_CLUSTER_NAME is not set. */
    public static Cluster fromEnvironment(Map<String, String> env) {
      String name = env.get("RELAIS_CLUSTER_NAME");
      if (name == null || name.isBlank()) {
        return null;
      }
      return new Cluster(
          name,
          env.get("RELAIS_CLUSTER_PASSWORD"),
          env.get("RELAIS_CLUSTER_MEMBERS"),
          env.get("RELAIS_CLUSTER_INTERFACE"),
          Integer.parseInt(env.getOrDefault("RELAIS_CLUSTER_PORT", "6900")));
    }

    /**
     * The name the members join under: the given name and a digest of it with the password. Only
     * the digest travels (a member's join request carries the cluster name), never the password.
     */
    public String joinName() {
      try {
        byte[] digest =
            java.security.MessageDigest.getInstance("SHA-256")
                .digest((name + "\0" + password).getBytes(StandardCharsets.UTF_8));
        return name + "-" + java.util.HexFormat.of().formatHex(digest, 0, 12);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Micro's discovery option: tcpip:host:port,host:port or dns:name:port. */
    String clusterMode() {
      return members.startsWith("dns:") ? members : "tcpip:" + members;
    }

    /** Payara Micro's own options (nothing secret: the join name is in the boot file). */
    List<String> options() {
      return List.of(
          "--clustermode",
          clusterMode(),
          "--interfaces",
          iface,
          "--startport",
          String.valueOf(port),
          "--nohostaware");
    }

    /**
     * The boot commands: the join name, in a file only the owner reads (a command line is seen by
     * every user of the machine).
     */
    Path writeBootCommands(Path file) throws IOException {
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      return Files.write(file, bootCommands());
    }

    /**
     * The join name, and sessions kept in the grid: the whole session written after every request
     * that used it (Payara Micro's default scope, modified-session, missed the session id changed
     * at sign-in and views changed in place). Set here rather than in payara-web.xml so that one
     * instance alone keeps its sessions in memory with no version cookie.
     */
    private static final String LISTENER =
        "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.";

    List<String> bootCommands() {
      String availability =
          "set configs.config.server-config.availability-service.web-container-availability.";
      return List.of(
          "set hazelcast-runtime-configuration.cluster-group-name=" + joinName(),
          availability + "availability-enabled=true",
          availability + "persistence-type=hazelcast",
          availability + "persistence-scope=session",
          availability + "persistence-frequency=web-method",
          // The version cookie is added after the application's filters, which give every other
          // cookie SameSite (kernel.web.SecurityHeadersFilter): the listener gives it this one.
          LISTENER + "cookie-same-site-value=Lax",
          LISTENER + "cookie-same-site-enabled=true");
    }
  }

  /**
   * Payara's own settings before it boots: no data grid (Hazelcast) at all. With --nocluster alone
   * it still listens on port 6900 on every interface; --nohazelcast is accepted and ignored by
   * Payara Micro 6. Relais keeps nothing in it (sessions stay in memory, timers are local).
   */
  public static final List<String> BOOT_COMMANDS =
      List.of(
          "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false",
          // Sessions in memory, with no version cookie (<distributable/> asks for it otherwise).
          "set configs.config.server-config.availability-service.web-container-availability"
              + ".availability-enabled=false");

  /** The {@link #BOOT_COMMANDS} in a file for --prebootcommandfile. */
  public static Path writeBootCommands(Path directory) throws IOException {
    Files.createDirectories(directory);
    return Files.write(directory.resolve("relais-preboot.asadmin"), BOOT_COMMANDS);
  }

  /** Writes the properties to a file readable by its owner only (rw-------). */
  public static Path writePrivately(Path file, Map<String, String> properties) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Properties values = new Properties();
    values.putAll(properties);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      values.store(out, "Relais settings for one Payara Micro start (may hold secrets)");
    }
    return file;
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public int port() {
    return port;
  }

  /**
   * Waits until the application itself answers (a failed migration leaves Payara "ready" with
   * nothing deployed, so probing the process is not enough).
   */
  public Duration awaitReady(String probePath, Duration timeout)
      throws IOException, InterruptedException {
    Instant start = Instant.now();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(baseUrl() + probePath))
            .timeout(Duration.ofSeconds(10))
            .build();
    while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
      if (!process.isAlive()) {
        throw new IOException("Payara Micro stopped with exit code " + process.exitValue());
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          Files.deleteIfExists(settings); // read at boot, not needed any more
          return Duration.between(start, Instant.now());
        }
      } catch (IOException notYet) {
        // Still starting.
      }
      Thread.sleep(500);
    }
    throw new IOException("Relais did not answer " + probePath + " within " + timeout);
  }

  public long pid() {
    return process.pid();
  }

  public Process process() {
    return process;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(settings);
    } catch (IOException ignored) {
      // Stopping anyway; the file is readable by its owner only.
    }
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
