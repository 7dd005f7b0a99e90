package fr.relais.kernel;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (or is not visible to the caller): a 404, never a 500. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

  public NotFoundException(String what) {
    super("error.notFound", what);
  }
}
