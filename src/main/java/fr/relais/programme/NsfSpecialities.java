package fr.relais.programme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official list of NSF specialities (groups 100 to 415) that BPF frame F-4 counts, read once
 * from {@code nsf.tsv} beside this class.
 */
public final class NsfSpecialities {

  /** One speciality: its three-digit code and its French label. */
  public record Speciality(String code, String label) implements Serializable {

    public String getCode() {
      return code;
    }

    public String getLabel() {
      return label;
    }

    /** "331 – Santé", as the select shows it. */
    public String getText() {
      return code + " – " + label;
    }
  }

  private static final Map<String, Speciality> ALL = load();

  private NsfSpecialities() {}

  public static List<Speciality> all() {
    return List.copyOf(ALL.values());
  }

  public static boolean isKnown(String code) {
    return code != null && ALL.containsKey(code);
  }

  public static Optional<Speciality> of(String code) {
    return Optional.ofNullable(code == null ? null : ALL.get(code));
  }

  private static Map<String, Speciality> load() {
    Map<String, Speciality> list = new LinkedHashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                NsfSpecialities.class.getResourceAsStream("nsf.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", 2);
        list.put(cells[0].strip(), new Speciality(cells[0].strip(), cells[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(list);
  }

  /** For the page: every speciality, in code order. */
  public static List<Speciality> sorted() {
    List<Speciality> list = new ArrayList<>(ALL.values());
    list.sort((a, b) -> a.code().compareTo(b.code()));
    return list;
  }
}
