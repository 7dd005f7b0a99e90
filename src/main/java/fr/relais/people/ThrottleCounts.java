package fr.relais.people;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
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
   * entries expire a while after their last change. Payara ships the JCache API (JSR 107) and binds
   * its CacheManager at {@code payara/CacheManager}, but the API is not among Relais' build
   * dependencies (Jakarta EE 10 has no caching API): it is called through its interfaces by
   * reflection, with no Hazelcast class in Relais.
   */
  final class Grid implements ThrottleCounts {

    private static final Logger LOG = Logger.getLogger(Grid.class.getName());
    static final String CACHE = "relais-signin-failures";
    private static final String JNDI = "payara/CacheManager";

    private final Object cache;
    private final Method get;
    private final Method putIfAbsent;
    private final Method replace;
    private final Method remove;

    private Grid(Object cache, Class<?> cacheType) throws NoSuchMethodException {
      this.cache = cache;
      get = cacheType.getMethod("get", Object.class);
      putIfAbsent = cacheType.getMethod("putIfAbsent", Object.class, Object.class);
      replace = cacheType.getMethod("replace", Object.class, Object.class, Object.class);
      remove = cacheType.getMethod("remove", Object.class);
    }

    /**
     * The grid's cache when this instance is a member of a cluster (Payara's data grid enabled),
     * empty otherwise: with the grid off (Relais' default), Payara has no cache manager to give.
     */
    static Optional<ThrottleCounts> ifClustered(Duration kept) {
      Object manager;
      try {
        manager = new InitialContext().lookup(JNDI);
      } catch (NamingException | RuntimeException noGrid) {
        return Optional.empty();
      }
      if (manager == null) {
        return Optional.empty();
      }
      try {
        ClassLoader loader = manager.getClass().getClassLoader();
        Class<?> managerType = Class.forName("javax.cache.CacheManager", true, loader);
        Class<?> cacheType = Class.forName("javax.cache.Cache", true, loader);
        Object cache = managerType.getMethod("getCache", String.class).invoke(manager, CACHE);
        if (cache == null) {
          cache = create(manager, managerType, loader, kept);
        }
        return Optional.of(new Grid(cache, cacheType));
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        LOG.log(Level.WARNING, "The data grid's JCache could not be used; counting in memory", e);
        return Optional.empty();
      }
    }

    /** A new cache of strings whose entries expire {@code kept} after their last change. */
    private static Object create(
        Object manager, Class<?> managerType, ClassLoader loader, Duration kept)
        throws ReflectiveOperationException {
      Class<?> configType =
          Class.forName("javax.cache.configuration.MutableConfiguration", true, loader);
      Class<?> durationType = Class.forName("javax.cache.expiry.Duration", true, loader);
      Class<?> factoryType = Class.forName("javax.cache.configuration.Factory", true, loader);
      Class<?> policyType = Class.forName("javax.cache.expiry.ModifiedExpiryPolicy", true, loader);
      Object config = configType.getConstructor().newInstance();
      configType
          .getMethod("setTypes", Class.class, Class.class)
          .invoke(config, String.class, String.class);
      Object duration =
          durationType
              .getConstructor(TimeUnit.class, long.class)
              .newInstance(TimeUnit.SECONDS, kept.toSeconds());
      Object factory = policyType.getMethod("factoryOf", durationType).invoke(null, duration);
      configType.getMethod("setExpiryPolicyFactory", factoryType).invoke(config, factory);
      Class<?> configurationType =
          Class.forName("javax.cache.configuration.Configuration", true, loader);
      try {
        return managerType
            .getMethod("createCache", String.class, configurationType)
            .invoke(manager, CACHE, config);
      } catch (InvocationTargetException createdMeanwhile) {
        // Another instance created it first (CacheException): use theirs.
        Object cache = managerType.getMethod("getCache", String.class).invoke(manager, CACHE);
        if (cache == null) {
          throw createdMeanwhile;
        }
        return cache;
      }
    }

    private Object call(Method method, Object... arguments) {
      try {
        return method.invoke(cache, arguments);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String get(String key) {
      return (String) call(get, key);
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
      return (Boolean) call(putIfAbsent, key, value);
    }

    @Override
    public boolean replace(String key, String old, String value) {
      return (Boolean) call(replace, key, old, value);
    }

    @Override
    public void remove(String key) {
      call(remove, key);
    }

    @Override
    public String where() {
      return "the data grid's JCache cache " + CACHE + " (shared by the cluster)";
    }
  }
}
