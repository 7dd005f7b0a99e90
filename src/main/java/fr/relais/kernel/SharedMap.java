package fr.relais.kernel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.cache.Cache;

/**
 * A map of values several instances may change at once: changed by compare-and-set so that two
 * writers lose nothing. In this instance's memory alone (Relais' default), or in a cache of the
 * data grid when Relais runs as a cluster ({@link GridCaches}), shared by every instance.
 */
public interface SharedMap<K, V> {

  V get(K key);

  /** Stores the value if the key has none; false if it has one (someone else wrote first). */
  boolean putIfAbsent(K key, V value);

  /** Replaces old by value if the key still holds old; false otherwise. */
  boolean replace(K key, V old, V value);

  void put(K key, V value);

  void remove(K key);

  /** Forgets values the test says are over, when the store does not expire them itself. */
  default void prune(Predicate<V> over) {}

  /** Where the values are, for the log. */
  String where();

  /**
   * The grid's cache of that name when this instance is a member of a cluster, entries expiring
   * {@code kept} after their last change; this instance's memory otherwise.
   */
  static <K, V> SharedMap<K, V> forCluster(
      String name, Class<K> keys, Class<V> values, Duration kept) {
    return GridCaches.ifClustered(name, keys, values, kept)
        .<SharedMap<K, V>>map(cache -> new Grid<>(name, cache))
        .orElseGet(InMemory::new);
  }

  /** This instance's memory. */
  final class InMemory<K, V> implements SharedMap<K, V> {

    private static final int PRUNE_ABOVE = 10_000;

    private final Map<K, V> values = new ConcurrentHashMap<>();

    @Override
    public V get(K key) {
      return values.get(key);
    }

    @Override
    public boolean putIfAbsent(K key, V value) {
      return values.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean replace(K key, V old, V value) {
      return values.replace(key, old, value);
    }

    @Override
    public void put(K key, V value) {
      values.put(key, value);
    }

    @Override
    public void remove(K key) {
      values.remove(key);
    }

    @Override
    public void prune(Predicate<V> over) {
      if (values.size() > PRUNE_ABOVE) {
        values.values().removeIf(over);
      }
    }

    @Override
    public String where() {
      return "this instance's memory (no data grid)";
    }
  }

  /** A cache of the data grid: its entries expire by themselves. */
  record Grid<K, V>(String name, Cache<K, V> cache) implements SharedMap<K, V> {

    @Override
    public V get(K key) {
      return cache.get(key);
    }

    @Override
    public boolean putIfAbsent(K key, V value) {
      return cache.putIfAbsent(key, value);
    }

    @Override
    public boolean replace(K key, V old, V value) {
      return cache.replace(key, old, value);
    }

    @Override
    public void put(K key, V value) {
      cache.put(key, value);
    }

    @Override
    public void remove(K key) {
      cache.remove(key);
    }

    @Override
    public String where() {
      return "the data grid's JCache cache " + name + " (shared by the cluster)";
    }
  }
}
