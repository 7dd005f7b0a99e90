package fr.relais.obligations;

import java.util.function.Supplier;

/**
 * One file of the evidence binder: the Qualiopi indicator it serves, its name inside the
 * indicator's folder, what it proves (a bundle key and its arguments) and how to write it. The
 * bytes are made only when the binder is written, one file at a time.
 *
 * @param indicator the national quality reference's indicator (1 to 32)
 * @param name a file name, unique within the indicator (letters, digits, dashes, one extension)
 * @param proves bundle key of the sentence saying what the file proves
 * @param arguments the sentence's arguments (a session's title and date…)
 */
public record Evidence(
    int indicator, String name, String proves, Object[] arguments, Supplier<byte[]> content) {

  public Evidence {
    if (indicator < 1 || indicator > 32) {
      throw new IllegalArgumentException("Qualiopi has 32 indicators: " + indicator);
    }
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.[a-z]{2,4}")) {
      throw new IllegalArgumentException("not a safe file name: " + name);
    }
    arguments = arguments.clone();
  }

  /** A file whose description takes no argument. */
  public static Evidence of(int indicator, String name, String proves, Supplier<byte[]> content) {
    return new Evidence(indicator, name, proves, new Object[0], content);
  }

  /** Where the file sits in the ZIP: its indicator's folder, numbered so they sort in order. */
  public String path() {
    return String.format("indicateur-%02d/%s", indicator, name);
  }

  @Override
  public Object[] arguments() {
    return arguments.clone();
  }
}
