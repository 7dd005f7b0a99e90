package fr.relais.people;

import fr.relais.kernel.GridCaches;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import javax.cache.Cache;

/**
 * Where {@link SignInThrottle} keeps its counts: a key (an e-mail or a network address) to a short
 * string, changed only by compare-and-set so that two instances counting at once lose nothing.
 */
interface ThrottleCounts {

  String get(String key);

  /** Stores the value if the key has none; false if it has one (someone else counted first). */
  boolean putIfAbsent(String key, String value);

  /** Replaces old by value if the key still holds old; false otherwise. */
  boolean replace(String key, String old, String value);

  void remove(String key);

  /** Forgets values the test says are over, when the store does not expire them itself. */
  default void prune(Predicate<String> over) {}

  /** Where the counts are, for the log. */
  String where();

  /** This instance's memory: one instance, no data grid (the default). */
  final class InMemory implements ThrottleCounts {

    private static final int PRUNE_ABOVE = 10_000;

    private final ConcurrentMap<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String key) {
      return values.get(key);
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
      return values.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean replace(String key, String old, String value) {
      return values.replace(key, old, value);
    }

    @Override
    public void remove(String key) {
      values.remove(key);
    }

    @Override
    public void prune(Predicate<String> over) {
      if (values.size() > PRUNE_ABOVE) {
        values.values().removeIf(over);
      }
    }

    @Override
    public String where() {
      return "this instance's memory (no data grid)";
    }
  }

  /**
   * A JCache cache of Payara's data grid (Hazelcast), shared by every instance of the cluster; its
   * entries expire a while after their last change ({@link GridCaches}).
   */
  final class Grid implements ThrottleCounts {

    static final String CACHE = "relais-signin-failures";

    private final Cache<String, String> cache;

    private Grid(Cache<String, String> cache) {
      this.cache = cache;
    }

    /**
     * The grid's cache when this instance is a member of a cluster (Payara's data grid enabled),
     * empty otherwise: with the grid off (Relais' default), Payara has no cache manager to give.
     */
    static Optional<ThrottleCounts> ifClustered(Duration kept) {
      return GridCaches.ifClustered(CACHE, String.class, String.class, kept).map(Grid::new);
    }

    @Override
    public String get(String key) {
      return cache.get(key);
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
      return cache.putIfAbsent(key, value);
    }

    @Override
    public boolean replace(String key, String old, String value) {
      return cache.replace(key, old, value);
    }

    @Override
    public void remove(String key) {
      cache.remove(key);
    }

    @Override
    public String where() {
      return "the data grid's JCache cache " + CACHE + " (shared by the cluster)";
    }
  }
}
