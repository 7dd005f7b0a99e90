package fr.relais.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Deployments;
import fr.relais.testing.RunningRelais;
import fr.relais.testing.TestEnvironment;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the Payara Micro processes of the tests show to anyone on the machine and listen on, both
 * the one started like the README's run command ({@code launch.PayaraMicro}) and Arquillian's: no
 * secret on a command line ({@code ps}, /proc/PID/cmdline are world-readable), and no port but the
 * HTTP one (the data grid's 6900 listened on every interface even with --nocluster).
 */
@ExtendWith(ArquillianExtension.class)
class ProcessHygieneIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @ArquillianResource private URL arquillian;

  @Test
  void noSecretOnAnyCommandLineAndOnlyTheHttpPortListens() throws Exception {
    Map<Long, Integer> expectedPort = new LinkedHashMap<>();
    expectedPort.put(RunningRelais.pid(), RunningRelais.port());
    Map<Long, String> ours = paraMicrosOfThisBuild();
    long arquillianPid =
        ours.keySet().stream()
            .filter(pid -> pid != RunningRelais.pid())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Arquillian Payara Micro found: " + ours));
    expectedPort.put(arquillianPid, arquillian.getPort());
    String password = TestEnvironment.get().database().password();
    for (Map.Entry<Long, String> process : ours.entrySet()) {
      String line = process.getValue();
      assertFalse(line.contains(TestEnvironment.SURVEY_SECRET), "survey secret shown: " + line);
      assertFalse(line.contains("relais.survey.secret"), line);
      assertFalse(line.contains("relais.db.password"), line);
      assertFalse(line.contains("password=" + password), line);
    }
    for (Map.Entry<Long, Integer> process : expectedPort.entrySet()) {
      assertEquals(
          Set.of(process.getValue()),
          listeningPorts(process.getKey()),
          "ports of " + ours.get(process.getKey()));
    }
  }

  /** Command lines of the running Payara Micro processes started from this build's target/. */
  private static Map<Long, String> paraMicrosOfThisBuild() throws IOException {
    String target = TestEnvironment.get().target().toString();
    Map<Long, String> found = new LinkedHashMap<>();
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path dir : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        String line;
        try {
          line =
              new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8)
                  .replace('\0', ' ');
        } catch (IOException gone) {
          continue;
        }
        if (line.contains("payara-micro") && line.contains(target)) {
          found.put(Long.parseLong(dir.getFileName().toString()), line);
        }
      }
    }
    assertTrue(found.size() >= 2, "the run command's and Arquillian's: " + found);
    return found;
  }

  /** TCP ports the process listens on: its sockets' inodes found in /proc/net/tcp and tcp6. */
  private static Set<Integer> listeningPorts(long pid) throws IOException {
    Set<String> inodes = new TreeSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String link = Files.readSymbolicLink(fd).toString();
          if (link.startsWith("socket:[")) {
            inodes.add(link.substring("socket:[".length(), link.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // Not a socket any more.
        }
      }
    }
    Set<Integer> ports = new TreeSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String row : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
        String[] cells = row.strip().split("\\s+");
        boolean listening = "0A".equals(cells[3]);
        if (listening && inodes.contains(cells[9])) {
          String local = cells[1];
          ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16));
        }
      }
    }
    return ports;
  }
}
