package fr.relais.reporting;

import fr.relais.kernel.GridCaches;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.cache.Cache;

/**
 * Where annual report runs are kept: each year's latest run as a line of text ({@link
 * AnnualReports.Run#line()}), changed by compare-and-set, and the files of finished runs. In this
 * instance's memory alone; in the data grid's JCache when Relais runs as a cluster, so that every
 * instance sees a run started on another one and serves its files (docs/operations.md).
 */
interface AnnualRunStore {

  String line(String year);

  boolean putIfAbsent(String year, String line);

  boolean replace(String year, String old, String line);

  void putFile(String key, byte[] content);

  byte[] file(String key);

  void removeFile(String key);

  /** Runs and files are kept a day after their last change in the grid (a report is redone). */
  Duration KEPT = Duration.ofDays(1);

  static AnnualRunStore forThisInstance() {
    var lines = GridCaches.ifClustered("relais-annual-runs", String.class, String.class, KEPT);
    var files = GridCaches.ifClustered("relais-annual-files", String.class, byte[].class, KEPT);
    if (lines.isPresent() && files.isPresent()) {
      return new Grid(lines.get(), files.get());
    }
    return new InMemory();
  }

  /** This instance's memory: one instance, no data grid (the default). */
  final class InMemory implements AnnualRunStore {

    private final Map<String, String> lines = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public String line(String year) {
      return lines.get(year);
    }

    @Override
    public boolean putIfAbsent(String year, String line) {
      return lines.putIfAbsent(year, line) == null;
    }

    @Override
    public boolean replace(String year, String old, String line) {
      return lines.replace(year, old, line);
    }

    @Override
    public void putFile(String key, byte[] content) {
      files.put(key, content);
    }

    @Override
    public byte[] file(String key) {
      return files.get(key);
    }

    @Override
    public void removeFile(String key) {
      files.remove(key);
    }
  }

  /** The data grid's caches, shared by the cluster. */
  record Grid(Cache<String, String> lines, Cache<String, byte[]> files) implements AnnualRunStore {

    @Override
    public String line(String year) {
      return lines.get(year);
    }

    @Override
    public boolean putIfAbsent(String year, String line) {
      return lines.putIfAbsent(year, line);
    }

    @Override
    public boolean replace(String year, String old, String line) {
      return lines.replace(year, old, line);
    }

    @Override
    public void putFile(String key, byte[] content) {
      files.put(key, content);
    }

    @Override
    public byte[] file(String key) {
      return files.get(key);
    }

    @Override
    public void removeFile(String key) {
      files.remove(key);
    }
  }
}
