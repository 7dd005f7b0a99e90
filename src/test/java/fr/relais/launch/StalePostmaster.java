package fr.relais.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A PostgreSQL left running by a launcher that was killed (kill -9, a closed terminal) keeps its
 * data directory locked. Stop it before starting a new one on the same data.
 */
final class StalePostmaster {

  private StalePostmaster() {}

  static void stopIfRunning(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    } catch (RuntimeException unreadable) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isPresent() && process.get().info().command().orElse("").contains("postgres")) {
      System.out.println(
          "Stopping the PostgreSQL left running by an earlier start (pid " + pid + ")");
      process.get().destroy();
      try {
        process.get().onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception stillThere) {
        process.get().destroyForcibly();
      }
    }
  }
}
