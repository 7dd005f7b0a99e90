package fr.relais.kernel.web;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import java.io.IOException;
import java.util.function.LongFunction;
import org.omnifaces.util.Faces;

/** Navigation helpers for backing beans. */
public final class Pages {

  private Pages() {}

  /** Answers 404 with the error page: the thing asked for does not exist or is not visible. */
  public static void notFound() throws IOException {
    Faces.responseSendError(404, null);
  }

  /** Answers 403 with the error page: this person may not see this (another trainer's session). */
  public static void forbidden() throws IOException {
    Faces.responseSendError(403, null);
  }

  /**
   * What a page shows for the id in its parameter, read by {@code reader}; or null once it has
   * answered 404 (no id, or nothing of that id) or 403 (the service refused this person).
   */
  public static <T> T forId(String parameter, LongFunction<T> reader) throws IOException {
    long id = Ids.parse(parameter).orElse(0L);
    if (id == 0) {
      notFound();
      return null;
    }
    try {
      return reader.apply(id);
    } catch (NotFoundException gone) {
      notFound();
    } catch (BusinessException refused) {
      forbidden();
    }
    return null;
  }

  /** Redirects to a path of this application, keeping the messages for the next page. */
  public static void redirect(String path) throws IOException {
    Feedback.keepForNextPage();
    Faces.getExternalContext().redirect(Faces.getRequestContextPath() + path);
  }
}
