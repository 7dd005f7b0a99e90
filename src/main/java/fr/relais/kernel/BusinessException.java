package fr.relais.kernel;

import jakarta.ejb.ApplicationException;
import java.util.Optional;

/**
 * A rule of the business said no. Carries a message key of the resource bundle (so the page or the
 * API can say it in the user's language), its arguments, and optionally the form field it is about.
 * Always rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private final String messageKey;
  private final String field;
  private final boolean forbidden;
  private final transient Object[] arguments;

  public BusinessException(String messageKey, Object... arguments) {
    this(null, false, messageKey, arguments);
  }

  private BusinessException(
      String field, boolean forbidden, String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.field = field;
    this.forbidden = forbidden;
    this.arguments = arguments;
  }

  /** A refusal about one field of a form, shown next to it. */
  public static BusinessException onField(String field, String messageKey, Object... arguments) {
    return new BusinessException(field, false, messageKey, arguments);
  }

  /** The caller may not do this at all (wrong audience, restricted session): a 403 in the API. */
  public static BusinessException forbidden(String messageKey, Object... arguments) {
    return new BusinessException(null, true, messageKey, arguments);
  }

  public boolean isForbidden() {
    return forbidden;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments.clone();
  }

  public Optional<String> getField() {
    return Optional.ofNullable(field);
  }
}
