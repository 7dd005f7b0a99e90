package fr.relais.survey;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Tokens;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The personal links of survey mails: a random token, of which only a hash is stored; it works
 * once, for that survey only, and expires after two weeks. A new mail replaces the link.
 */
@Stateless
public class SurveyLinks {

  static final Duration VALID_FOR = Duration.ofDays(14);

  @Inject private SurveyRepository surveys;
  @Inject private Clock clock;

  /** A fresh token for the invitation's next mail. */
  public String issue(Invitation invitation, Instant now) {
    String token = Tokens.random();
    invitation.mailed(hash(token), now, now.plus(VALID_FOR));
    return token;
  }

  /** The invitation a link opens, once; refuses unknown, used and expired links. */
  public long redeem(String token) {
    if (!Tokens.plausible(token)) {
      throw BusinessException.forbidden("survey.link.unknown");
    }
    Invitation invitation =
        surveys
            .byTokenHash(hash(token))
            .orElseThrow(() -> BusinessException.forbidden("survey.link.unknown"));
    if (invitation.isTokenUsed()) {
      throw BusinessException.forbidden("survey.link.used");
    }
    if (clock.instant().isAfter(invitation.getTokenExpiresAt())) {
      throw BusinessException.forbidden("survey.link.expired");
    }
    invitation.useToken();
    return invitation.getId();
  }

  static String hash(String token) {
    return Tokens.hash(token);
  }
}
