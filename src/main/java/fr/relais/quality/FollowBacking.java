package fr.relais.quality;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The follow page of a case (its mailed link, ?t=token): status, dates, the answer, the history the
 * submitter may see, and a message to add. An unknown token shows the same page for everyone.
 */
@Named
@ViewScoped
public class FollowBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Complaints complaints;

  private String token;
  private Complaints.FollowView view;
  private String message;

  public void load() {
    view = complaints.follow(token).orElse(null);
  }

  public void send() {
    try {
      complaints.message(token, message);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "follow");
      return;
    }
    message = null;
    Feedback.info("quality.follow.sent");
    load();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Complaints.FollowView getView() {
    return view;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
