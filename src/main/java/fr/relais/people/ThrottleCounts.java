package fr.relais.people;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.naming.InitialContext;
import javax.naming.NamingException;

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
   * entries expire a while after their last change. Payara ships the JCache API (JSR 107, a
   * provided dependency here: Jakarta EE 10 has no caching API) and binds its CacheManager at
   * {@code payara/CacheManager}; no Hazelcast class is used.
   */
  final class Grid implements ThrottleCounts {

    private static final Logger LOG = Logger.getLogger(Grid.class.getName());
    static final String CACHE = "relais-signin-failures";
    private static final String JNDI = "payara/CacheManager";

    private final Cache<String, String> cache;

    private Grid(Cache<String, String> cache) {
      this.cache = cache;
    }

    /**
     * The grid's cache when this instance is a member of a cluster (Payara's data grid enabled),
     * empty otherwise: with the grid off (Relais' default), Payara has no cache manager to give.
     */
    static Optional<ThrottleCounts> ifClustered(Duration kept) {
      Object found;
      try {
        found = new InitialContext().lookup(JNDI);
      } catch (NamingException | RuntimeException noGrid) {
        return Optional.empty();
      }
      if (!(found instanceof CacheManager manager)) {
        return Optional.empty();
      }
      try {
        Cache<String, String> cache = manager.getCache(CACHE, String.class, String.class);
        return Optional.of(new Grid(cache != null ? cache : create(manager, kept)));
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.WARNING, "The data grid's JCache could not be used; counting in memory", e);
        return Optional.empty();
      }
    }

    /** A new cache of strings whose entries expire {@code kept} after their last change. */
    private static Cache<String, String> create(CacheManager manager, Duration kept) {
      MutableConfiguration<String, String> config =
          new MutableConfiguration<String, String>()
              .setTypes(String.class, String.class)
              .setExpiryPolicyFactory(
                  ModifiedExpiryPolicy.factoryOf(
                      new javax.cache.expiry.Duration(TimeUnit.SECONDS, kept.toSeconds())));
      try {
        return manager.createCache(CACHE, config);
      } catch (CacheException createdMeanwhile) {
        // Another instance created it first: use theirs.
        Cache<String, String> cache = manager.getCache(CACHE, String.class, String.class);
        if (cache == null) {
          throw createdMeanwhile;
        }
        return cache;
      }
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
