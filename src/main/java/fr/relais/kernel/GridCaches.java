package fr.relais.kernel;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * Caches of Payara's data grid (Hazelcast), shared by every instance of a cluster, through the
 * JCache API (JSR 107; Payara ships it and binds its CacheManager at {@code payara/CacheManager};
 * no Hazelcast class is used). Keys and values are JDK types (strings, byte arrays), which every
 * member reads whatever the application's class loader.
 */
public final class GridCaches {

  private static final Logger LOG = Logger.getLogger(GridCaches.class.getName());
  private static final String JNDI = "payara/CacheManager";

  private GridCaches() {}

  /**
   * The named cache when this instance is a member of a cluster (Payara's data grid enabled),
   * created with entries expiring {@code kept} after their last change; empty otherwise: with the
   * grid off (Relais' default), Payara has no cache manager to give.
   */
  public static <K, V> Optional<Cache<K, V>> ifClustered(
      String name, Class<K> keys, Class<V> values, Duration kept) {
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
      Cache<K, V> cache = manager.getCache(name, keys, values);
      return Optional.of(cache != null ? cache : create(manager, name, keys, values, kept));
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "The data grid's JCache could not be used for " + name, e);
      return Optional.empty();
    }
  }

  private static <K, V> Cache<K, V> create(
      CacheManager manager, String name, Class<K> keys, Class<V> values, Duration kept) {
    MutableConfiguration<K, V> config =
        new MutableConfiguration<K, V>()
            .setTypes(keys, values)
            .setExpiryPolicyFactory(
                ModifiedExpiryPolicy.factoryOf(
                    new javax.cache.expiry.Duration(TimeUnit.SECONDS, kept.toSeconds())));
    try {
      return manager.createCache(name, config);
    } catch (CacheException createdMeanwhile) {
      // Another instance created it first: use theirs.
      Cache<K, V> cache = manager.getCache(name, keys, values);
      if (cache == null) {
        throw createdMeanwhile;
      }
      return cache;
    }
  }
}
