package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** "Jetons d'accès à l'API" on "Mon compte": the person's own tokens, revoke, make one. */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The durations offered, in days. */
  private static final List<Integer> DURATIONS = List.of(30, 90, 180, 365);

  @Inject private ApiTokens tokens;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private Caller caller;
  private List<Line> lines;
  private String name;
  private List<String> scopes = new ArrayList<>(List.of(Scope.READ.name()));
  private int days = ApiTokenRules.DEFAULT_DAYS;
  private String created;

  /** One token as the page shows it (a class: EL reads getters, not record accessors). */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String name;
    private final List<String> scopes;
    private final Instant createdAt;
    private final Instant lastUsedAt;
    private final Instant expiresAt;
    private final String state;

    Line(ApiToken t, Instant now) {
      id = t.getId();
      name = t.getName();
      scopes = t.getScopes().stream().map(Enum::name).toList();
      createdAt = t.getCreatedAt();
      lastUsedAt = t.getLastUsedAt();
      expiresAt = t.getExpiresAt();
      state = t.getRevokedAt() != null ? "REVOKED" : t.usableAt(now) ? "ACTIVE" : "EXPIRED";
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public List<String> getScopes() {
      return scopes;
    }

    public Instant getCreatedAt() {
      return createdAt;
    }

    public Instant getLastUsedAt() {
      return lastUsedAt;
    }

    public Instant getExpiresAt() {
      return expiresAt;
    }

    /** ACTIVE, REVOKED or EXPIRED. */
    public String getState() {
      return state;
    }
  }

  @PostConstruct
  void load() {
    caller = currentUser.caller();
    refresh();
  }

  private void refresh() {
    Instant now = clock.instant();
    lines = tokens.mine(caller).stream().map(t -> new Line(t, now)).toList();
  }

  public void create() {
    try {
      ApiTokens.Created made =
          tokens.createFor(caller, new ApiTokens.Wish(name, List.copyOf(scopes), days));
      created = made.secret();
      name = null;
    } catch (BusinessException refusal) {
      created = null;
      Feedback.refusal(refusal, "tokens");
      return;
    }
    refresh();
  }

  public void revoke(long id) {
    try {
      tokens.revoke(caller, id);
      Feedback.info("token.revoked");
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "tokens");
    }
    created = null;
    refresh();
  }

  /** COORDINATE only where the service would accept it. */
  public List<String> getOfferedScopes() {
    return java.util.Arrays.stream(Scope.values())
        .filter(s -> ApiTokenRules.mayHold(caller.roles(), s))
        .map(Enum::name)
        .toList();
  }

  public List<Integer> getDurations() {
    return DURATIONS;
  }

  public List<Line> getLines() {
    return lines;
  }

  public String getCreated() {
    return created;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
