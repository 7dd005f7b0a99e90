package fr.relais.kernel.web;

import java.io.Serializable;

/** One choice of a select: an id and what the user reads. Light enough to keep in a view. */
public final class Option implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long id;
  private final String label;

  public Option(Long id, String label) {
    this.id = id;
    this.label = label;
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }
}
