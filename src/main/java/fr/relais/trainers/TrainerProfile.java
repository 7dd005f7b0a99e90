package fr.relais.trainers;

import fr.relais.people.Account;
import fr.relais.programme.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/** What a trainer's account carries beyond the account: a short bio, the themes they lead. */
@Entity
@Table(name = "trainer_profile")
public class TrainerProfile {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  private String bio;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "trainer_theme",
      joinColumns = @JoinColumn(name = "account_id"),
      inverseJoinColumns = @JoinColumn(name = "theme_id"))
  private Set<Theme> themes = new HashSet<>();

  /** Secret part of the trainer's private calendar feed URL. */
  @Column(name = "feed_token")
  private String feedToken;

  /** From outside the organisation (a contractor), not one of its own: BPF frame E. */
  private boolean external;

  @Version private long version;

  protected TrainerProfile() {}

  public TrainerProfile(Account account) {
    this.account = account;
    this.feedToken = newToken();
  }

  public void describe(String bio, Set<Theme> themes) {
    this.bio = bio;
    this.themes.clear();
    this.themes.addAll(themes);
  }

  /** A new feed URL; the old one stops working (e.g. after it was shared by mistake). */
  public void renewFeedToken() {
    this.feedToken = newToken();
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public Long getAccountId() {
    return accountId;
  }

  public Account getAccount() {
    return account;
  }

  public String getBio() {
    return bio;
  }

  public Set<Theme> getThemes() {
    return Set.copyOf(themes);
  }

  public String getFeedToken() {
    return feedToken;
  }

  public boolean isExternal() {
    return external;
  }

  public void setExternal(boolean external) {
    this.external = external;
  }
}
