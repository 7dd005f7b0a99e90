package fr.relais.establishment;

import fr.relais.people.EmailAddress;
import fr.relais.people.Profession;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A staff list as an establishment types or pastes it (from a spreadsheet: tab, ";" or ","
 * separated; last name, first name, e-mail, profession optional), read into the rows it accepts and
 * those it refuses with their reasons. Pure: what is already invited or registered and the seats
 * left are given; nothing here stores anything. The same e-mail twice is one person.
 */
public final class StaffList {

  /** A list longer than this is refused whole: no establishment books more seats. */
  public static final int MAX_ROWS = 500;

  static final int NAME_MAX = 80;

  /** One accepted person. */
  public record Row(
      int line, String lastName, String firstName, String email, Profession profession)
      implements Serializable {
    public int getLine() {
      return line;
    }

    public String getLastName() {
      return lastName;
    }

    public String getFirstName() {
      return firstName;
    }

    public String getEmail() {
      return email;
    }

    public Profession getProfession() {
      return profession;
    }
  }

  /** One refused line, with the bundle keys of every reason. */
  public record Refused(int line, String text, List<String> reasons) implements Serializable {
    public int getLine() {
      return line;
    }

    public String getText() {
      return text;
    }

    public List<String> getReasons() {
      return reasons;
    }
  }

  /** A line whose e-mail an earlier line already had: counted once, as that line. */
  public record Duplicate(int line, String email, int sameAsLine) implements Serializable {
    public int getLine() {
      return line;
    }

    public String getEmail() {
      return email;
    }

    public int getSameAsLine() {
      return sameAsLine;
    }
  }

  /** What the preview shows; {@code listError} set means nothing of the list is taken. */
  public record Preview(
      List<Row> accepted, List<Refused> refused, List<Duplicate> duplicates, String listError)
      implements Serializable {
    public List<Row> getAccepted() {
      return accepted;
    }

    public List<Refused> getRefused() {
      return refused;
    }

    public List<Duplicate> getDuplicates() {
      return duplicates;
    }

    public String getListError() {
      return listError;
    }

    public boolean isEmpty() {
      return accepted.isEmpty() && refused.isEmpty() && duplicates.isEmpty();
    }
  }

  private StaffList() {}

  /**
   * Reads the list against what exists: e-mails already invited to the request, e-mails already
   * registered (confirmed or waiting) for its sessions, and the seats still free for new people.
   */
  public static Preview read(
      String text, Set<String> invited, Set<String> registered, int seatsLeft) {
    List<String[]> lines = lines(text == null ? "" : text);
    if (lines.size() > MAX_ROWS) {
      return new Preview(List.of(), List.of(), List.of(), "establishment.staff.list.tooLong");
    }
    List<Row> accepted = new ArrayList<>();
    List<Refused> refused = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int free = Math.max(0, seatsLeft);
    for (int i = 0; i < lines.size(); i++) {
      String[] entry = lines.get(i);
      int line = Integer.parseInt(entry[0]);
      String raw = entry[1];
      List<String> cells = cells(raw);
      if (i == 0 && isHeader(cells)) {
        continue;
      }
      List<String> reasons = new ArrayList<>();
      String last = cell(cells, 0);
      String first = cell(cells, 1);
      String email = EmailAddress.normalize(cell(cells, 2));
      String professionText = cell(cells, 3);
      if (last.isEmpty() || first.isEmpty()) {
        reasons.add("establishment.staff.row.name");
      } else if (last.length() > NAME_MAX || first.length() > NAME_MAX) {
        reasons.add("establishment.staff.row.nameTooLong");
      }
      if (email.isEmpty() || !EmailAddress.isValid(email)) {
        reasons.add("establishment.staff.row.email");
      }
      Optional<Profession> profession = profession(professionText);
      if (!professionText.isEmpty() && profession.isEmpty()) {
        reasons.add("establishment.staff.row.profession");
      }
      if (reasons.isEmpty() && seen.containsKey(email)) {
        duplicates.add(new Duplicate(line, email, seen.get(email)));
        continue;
      }
      if (reasons.isEmpty() && invited.contains(email)) {
        reasons.add("establishment.staff.row.alreadyInvited");
      } else if (reasons.isEmpty() && registered.contains(email)) {
        reasons.add("establishment.staff.row.alreadyRegistered");
      } else if (reasons.isEmpty() && accepted.size() >= free) {
        reasons.add("establishment.staff.row.noSeat");
      }
      if (!reasons.isEmpty()) {
        refused.add(new Refused(line, raw.strip(), List.copyOf(reasons)));
        continue;
      }
      seen.put(email, line);
      accepted.add(new Row(line, last, first, email, profession.orElse(null)));
    }
    return new Preview(List.copyOf(accepted), List.copyOf(refused), List.copyOf(duplicates), null);
  }

  /** The non-blank lines with their number (1-based), without a BOM and whatever the line ends. */
  static List<String[]> lines(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] all = body.split("\r\n|\r|\n", -1);
    List<String[]> lines = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      if (!all[i].isBlank()) {
        lines.add(new String[] {String.valueOf(i + 1), all[i]});
      }
    }
    return lines;
  }

  /**
   * A line's cells: tab-separated when it has a tab (a spreadsheet's copy), else ";" or ","
   * (whichever comes first outside quotes). Double quotes enclose a cell; "" inside is a quote.
   */
  static List<String> cells(String line) {
    char separator = separator(line);
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.toString().isBlank()) {
        cell.setLength(0);
        quoted = true;
      } else if (c == separator) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  private static char separator(String line) {
    if (line.indexOf('\t') >= 0) {
      return '\t';
    }
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ';' || c == ',')) {
        return c;
      }
    }
    return ';';
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() ? cells.get(index).strip() : "";
  }

  /** A first line naming its columns ("Nom;Prénom;E-mail…") is a header, not a person. */
  private static boolean isHeader(List<String> cells) {
    String third = key(cell(cells, 2));
    return !cell(cells, 2).contains("@")
        && (third.contains("mail") || third.contains("courriel") || third.contains("adresse"));
  }

  /** A profession by its code (NURSE) or a French label ("infirmière", "Aide-soignant(e)"). */
  public static Optional<Profession> profession(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String key = key(text);
    for (Profession p : Profession.values()) {
      if (p.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(p);
      }
    }
    return Optional.ofNullable(ALIASES.get(key));
  }

  /** Lower case, no accents, no brackets, words separated by one space. */
  static String key(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\([^)]*\\)", " ");
    return plain.replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static final Map<String, Profession> ALIASES = new LinkedHashMap<>();

  static {
    alias(Profession.NURSE, "infirmier", "infirmiere", "ide", "ibode", "iade", "puericultrice");
    alias(Profession.NURSING_ASSISTANT, "aide soignant", "aide soignante", "as", "auxiliaire");
    alias(Profession.PHYSICIAN, "medecin", "docteur", "praticien hospitalier");
    alias(Profession.RESIDENT, "interne");
    alias(Profession.PHARMACIST, "pharmacien", "pharmacienne");
    alias(Profession.MIDWIFE, "sage femme", "maieuticien");
    alias(Profession.PHYSIOTHERAPIST, "masseur kinesitherapeute", "kinesitherapeute", "kine");
    alias(Profession.PSYCHOLOGIST, "psychologue");
    alias(Profession.DENTIST, "chirurgien dentiste", "chirurgienne dentiste", "dentiste");
    alias(Profession.HEALTH_MANAGER, "cadre de sante", "cadre", "cadre superieur de sante");
    alias(Profession.PARAMEDIC, "ambulancier", "ambulanciere");
    alias(
        Profession.SOCIAL_WORKER,
        "travailleur social",
        "travailleuse sociale",
        "assistant social",
        "assistante sociale");
    alias(
        Profession.ADMINISTRATIVE_STAFF,
        "personnel administratif ou de direction",
        "personnel administratif",
        "administratif",
        "administrative",
        "direction",
        "secretaire");
    alias(Profession.OTHER, "autre profession", "autre");
  }

  private static void alias(Profession profession, String... names) {
    for (String name : names) {
      ALIASES.put(name, profession);
    }
  }
}
