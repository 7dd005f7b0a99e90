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
  private final transient Object[] arguments;

  public BusinessException(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  private BusinessException(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.field = field;
    this.arguments = arguments;
  }

  /** A refusal about one field of a form, shown next to it. */
  public static BusinessException onField(String field, String messageKey, Object... arguments) {
    return new BusinessException(field, messageKey, arguments);
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
