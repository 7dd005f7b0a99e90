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
   */
  public static PayaraMicro start(
      Path microJar, Path war, int port, Map<String, String> properties, Path tmp, Path log)
      throws IOException {
    int chosen = port == 0 ? freePort() : port;
    Files.createDirectories(tmp);
    Path settings = writePrivately(tmp.resolve("relais-" + chosen + ".properties"), properties);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The heap; RELAIS_HEAP changes it (the benchmarks measure RSS with 512m, docs/performance.md).
    command.add("-Xmx" + System.getenv().getOrDefault("RELAIS_HEAP", "768m"));
    command.add("-Djava.io.tmpdir=" + tmp.toAbsolutePath());
    command.addAll(
        List.of(
            "-jar",
            microJar.toAbsolutePath().toString(),
            "--systemproperties",
            settings.toAbsolutePath().toString(),
            "--prebootcommandfile",
            writeBootCommands(tmp).toAbsolutePath().toString(),
            "--nocluster",
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
   * Payara's own settings before it boots: no data grid (Hazelcast) at all. With --nocluster alone
   * it still listens on port 6900 on every interface; --nohazelcast is accepted and ignored by
   * Payara Micro 6. Relais keeps nothing in it (sessions stay in memory, timers are local).
   */
  public static final List<String> BOOT_COMMANDS =
      List.of(
          "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false");

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
