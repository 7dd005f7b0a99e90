package fr.relais.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records when each token was last used, at most once a minute per token: of a crowd calling with
 * one token, one thread a minute writes (and the conditional UPDATE keeps other instances from
 * writing more), so token calls are reads.
 */
@ApplicationScoped
public class TokenUses {

  private static final int FORGET_ABOVE = 10_000;

  @Inject private ApiTokenRepository tokens;

  /** When this instance last wrote each token's use. */
  private final Map<Long, Instant> written = new ConcurrentHashMap<>();

  public void used(ApiTokenRepository.Holder holder, Instant now) {
    if (!ApiTokenRules.useWorthRecording(holder.lastUsedAt(), now)) {
      return;
    }
    Instant before = written.get(holder.tokenId());
    if (before != null && !ApiTokenRules.useWorthRecording(before, now)) {
      return;
    }
    boolean mine =
        before == null
            ? written.putIfAbsent(holder.tokenId(), now) == null
            : written.replace(holder.tokenId(), before, now);
    if (!mine) {
      return; // another thread writes it
    }
    if (written.size() > FORGET_ABOVE) {
      written.clear(); // a guard only: forgetting costs one more write per token
    }
    tokens.writeUse(holder.tokenId(), now);
  }
}
