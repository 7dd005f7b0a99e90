package fr.relais.kernel;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Optional;

/**
 * Input that breaks one or more rules, each tied to a field: pages show every message next to its
 * field, the API answers 400 listing them. Nothing is stored.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends BusinessException {

  /** One broken rule: the field (as the form names it), a bundle key and its arguments. */
  public record FieldError(String field, String key, Object... arguments) {}

  private final transient List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    super(
        errors.isEmpty() ? "error.invalid" : errors.get(0).key(),
        errors.isEmpty() ? new Object[0] : errors.get(0).arguments());
    this.errors = List.copyOf(errors);
  }

  /** The first error's field, like a refusal about one field. */
  @Override
  public Optional<String> getField() {
    return errors.isEmpty() ? Optional.empty() : Optional.ofNullable(errors.get(0).field());
  }

  public List<FieldError> getErrors() {
    return errors;
  }
}
