package fr.relais.kernel.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Navigation helpers for backing beans. */
public final class Pages {

  private Pages() {}

  /** Answers 404 with the error page: the thing asked for does not exist or is not visible. */
  public static void notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, null);
    faces.responseComplete();
  }

  /** Answers 403 with the error page: this person may not see this (another trainer's session). */
  public static void forbidden() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(403, null);
    faces.responseComplete();
  }

  /** Redirects to a path of this application, keeping the messages for the next page. */
  public static void redirect(String path) throws IOException {
    Feedback.keepForNextPage();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }
}
