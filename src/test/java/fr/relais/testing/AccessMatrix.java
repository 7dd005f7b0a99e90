package fr.relais.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access matrix of docs/security.md as rows, for the tests that walk every page and endpoint
 * (AccessMatrixIT, MalformedRequestsIT).
 */
public final class AccessMatrix {

  private static final Path MATRIX = Path.of("docs/security.md");

  private AccessMatrix() {}

  /**
   * A row: the request as the code declares it ("PAGE /x", "GET /api/…"), a concrete sample with
   * {placeholders}, the expected outcome by role ("a|b" for alternatives).
   */
  public record Row(String request, String sample, List<String> expected) {

    /** PAGE, GET, POST…: the first word of the request. */
    public String method() {
      return request.substring(0, request.indexOf(' '));
    }
  }

  /** The rows of the table under "## Access matrix", with that many role columns. */
  public static List<Row> rows(int roles) throws IOException {
    List<Row> rows = new ArrayList<>();
    boolean inside = false;
    for (String line : Files.readAllLines(MATRIX)) {
      if (line.startsWith("## ")) {
        inside = line.equals("## Access matrix");
        continue;
      }
      if (!inside
          || !line.startsWith("| ")
          || line.startsWith("| request")
          || line.startsWith("|---")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
        cells.add(cell.strip().replace("`", ""));
      }
      // Alternatives are written "400 or 404" in the document.
      List<String> expected =
          cells.subList(2, 2 + roles).stream().map(c -> c.replace(" or ", "|")).toList();
      rows.add(new Row(cells.get(0), cells.get(1), expected));
    }
    if (rows.size() <= 20) {
      throw new IllegalStateException("the access matrix of " + MATRIX + " was not read");
    }
    return rows;
  }

  /**
   * A value for each {placeholder} of the matrix, read from the demo's database: a participant with
   * a certificate and their registration, someone else's, sessions the demo trainer leads or not, a
   * session over two half-days, ids of each kind, a certificate code, a feed token.
   */
  public static Map<String, String> samples(Connection c) throws SQLException {
    Map<String, String> samples = new java.util.LinkedHashMap<>();
    String[] mine =
        Sql.row(
            c,
            "SELECT a.email, r.id FROM certificate ct JOIN registration r ON r.id = ct.registration_id"
                + " JOIN account a ON a.id = r.account_id WHERE a.email LIKE 'participant1%'"
                + " ORDER BY r.id LIMIT 1");
    samples.put("participantEmail", mine[0]);
    samples.put("ownRegistration", mine[1]);
    samples.put(
        "otherRegistration",
        Sql.row(
            c,
            "SELECT r.id FROM certificate ct JOIN registration r ON r.id = ct.registration_id"
                + " JOIN account a ON a.id = r.account_id WHERE a.email <> '"
                + mine[0]
                + "' ORDER BY r.id LIMIT 1")[0]);
    samples.put(
        "session",
        Sql.row(
            c,
            "SELECT id FROM session WHERE status = 'PUBLISHED' AND starts_at > now()"
                + " ORDER BY starts_at LIMIT 1")[0]);
    samples.put(
        "ownSession",
        Sql.row(
            c,
            "SELECT s.id FROM session s JOIN session_trainer st ON st.session_id = s.id"
                + " JOIN account a ON a.id = st.account_id"
                + " WHERE a.email = 'formatrice@relais.test' AND s.status = 'PUBLISHED'"
                + " ORDER BY s.starts_at DESC LIMIT 1")[0]);
    samples.put(
        "otherSession",
        Sql.row(
            c,
            "SELECT s.id FROM session s WHERE s.status <> 'DRAFT' AND NOT EXISTS (SELECT 1"
                + " FROM session_trainer st JOIN account a ON a.id = st.account_id"
                + " WHERE st.session_id = s.id AND a.email = 'formatrice@relais.test')"
                + " ORDER BY s.id LIMIT 1")[0]);
    samples.put(
        "certifiedSession",
        Sql.row(c, "SELECT session_id FROM registration WHERE id = " + mine[1])[0]);
    samples.put("missing", "99999999");
    samples.put(
        "otherEstablishmentRequest",
        Sql.row(
            c,
            "SELECT r.id FROM establishment_request r WHERE NOT EXISTS (SELECT 1"
                + " FROM establishment_contact ec JOIN account a ON a.id = ec.account_id"
                + " WHERE ec.site_id = r.site_id AND a.email = 'etablissement@relais.test')"
                + " AND NOT EXISTS (SELECT 1 FROM session s WHERE s.establishment_request_id = r.id)"
                + " ORDER BY r.id LIMIT 1")[0]);
    // The demo clinic's request: not the demo contact's (etablissement@, the CHU), so 404 for them.
    samples.put(
        "clinicRequest",
        Sql.row(
            c,
            "SELECT r.id FROM establishment_request r JOIN account a ON a.id = r.contact_id"
                + " WHERE a.email = 'clinique@relais.test' ORDER BY r.id LIMIT 1")[0]);
    // The demo CHU's held day: the contact's own request, convention, session and registration.
    String[] chu =
        Sql.row(
            c,
            "SELECT r.id, cv.id, s.id, g.id FROM establishment_request r"
                + " JOIN establishment_contact ec ON ec.site_id = r.site_id"
                + " JOIN account a ON a.id = ec.account_id AND a.email = 'etablissement@relais.test'"
                + " JOIN convention cv ON cv.request_id = r.id AND cv.status = 'ACCEPTED'"
                + " JOIN session s ON s.establishment_request_id = r.id"
                + " JOIN registration g ON g.session_id = s.id AND g.status = 'CONFIRMED'"
                + " ORDER BY g.id LIMIT 1");
    samples.put("ownEstablishmentRequest", chu[0]);
    samples.put("ownConvention", chu[1]);
    samples.put("ownEstablishmentSession", chu[2]);
    samples.put("ownEstablishmentRegistration", chu[3]);
    // Issue 17, helper D: training actions, their sessions and the demo's DPC action.
    samples.put(
        "trainingActivity",
        Sql.row(c, "SELECT min(id) FROM activity WHERE purpose = 'TRAINING'")[0]);
    samples.put(
        "ownTrainingSession",
        Sql.row(
            c,
            "SELECT min(s.id) FROM session s JOIN activity ac ON ac.id = s.activity_id"
                + " JOIN session_trainer st ON st.session_id = s.id"
                + " JOIN account a ON a.id = st.account_id"
                + " WHERE a.email = 'formatrice@relais.test' AND ac.purpose = 'TRAINING'")[0]);
    samples.put(
        "otherTrainingSession",
        Sql.row(
            c,
            "SELECT min(s.id) FROM session s JOIN activity ac ON ac.id = s.activity_id"
                + " WHERE ac.purpose = 'TRAINING' AND NOT EXISTS (SELECT 1 FROM session_trainer st"
                + " JOIN account a ON a.id = st.account_id WHERE st.session_id = s.id"
                + " AND a.email = 'formatrice@relais.test')")[0]);
    samples.put(
        "dpcSession",
        Sql.row(
            c,
            "SELECT min(s.id) FROM session s JOIN activity ac ON ac.id = s.activity_id"
                + " WHERE ac.andpc_action IS NOT NULL AND s.status = 'COMPLETED'")[0]);
    // The test participant's own registration of a training action, present (an attestation),
    // or their own registration when the demo gave them none (then 404: "ok or 404").
    samples.put(
        "ownTrainingRegistration",
        Sql.row(
            c,
            "SELECT COALESCE(min(r.id), "
                + mine[1]
                + ") FROM registration r JOIN session s ON s.id = r.session_id"
                + " JOIN activity ac ON ac.id = s.activity_id JOIN account a ON a.id = r.account_id"
                + " WHERE a.email = '"
                + mine[0]
                + "' AND ac.purpose = 'TRAINING' AND r.status = 'CONFIRMED' AND EXISTS (SELECT 1"
                + " FROM attendance t WHERE t.registration_id = r.id"
                + " AND t.status IN ('PRESENT', 'LATE'))")[0]);
    // Anyone's registration of a training action, present: an attestation for coordinators.
    samples.put(
        "presentTrainingRegistration",
        Sql.row(
            c,
            "SELECT min(r.id) FROM registration r JOIN session s ON s.id = r.session_id"
                + " JOIN activity ac ON ac.id = s.activity_id WHERE ac.purpose = 'TRAINING'"
                + " AND r.status = 'CONFIRMED' AND EXISTS (SELECT 1 FROM attendance t"
                + " WHERE t.registration_id = r.id AND t.status IN ('PRESENT', 'LATE'))")[0]);
    samples.put("otherToken", otherToken(c));
    samples.put("activity", Sql.row(c, "SELECT min(id) FROM activity")[0]);
    samples.put("account", Sql.row(c, "SELECT min(id) FROM account WHERE erased_at IS NULL")[0]);
    samples.put("site", Sql.row(c, "SELECT min(id) FROM site")[0]);
    samples.put("questionnaire", Sql.row(c, "SELECT min(id) FROM questionnaire")[0]);
    samples.put("campaign", Sql.row(c, "SELECT min(id) FROM campaign")[0]);
    samples.put("invitation", Sql.row(c, "SELECT min(id) FROM survey_invitation")[0]);
    samples.put("qualityCase", Sql.row(c, "SELECT min(id) FROM quality_case")[0]);
    samples.put("improvement", Sql.row(c, "SELECT min(id) FROM improvement")[0]);
    samples.put("code", Sql.row(c, "SELECT min(code) FROM certificate")[0]);
    samples.put(
        "token",
        Sql.row(
            c,
            "SELECT p.feed_token FROM trainer_profile p JOIN account a ON a.id = p.account_id"
                + " WHERE a.email = 'formatrice@relais.test'")[0]);
    samples.put(
        "twoHalfDays",
        Sql.row(
            c,
            "SELECT id FROM session WHERE status <> 'DRAFT' AND (starts_at AT TIME ZONE"
                + " 'Europe/Paris')::time < '12:00' AND (ends_at AT TIME ZONE 'Europe/Paris')::time"
                + " > '14:00' ORDER BY id LIMIT 1")[0]);
    return samples;
  }

  /** The sample with each {placeholder} replaced by its value; fails on one without a value. */
  public static String fill(String sample, Map<String, String> values) {
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(sample);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no sample value for " + m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * An API token of an account none of the matrix's callers is (the demo makes none): the row is
   * added once, with the hash of no token anyone knows, so revoking it must answer 404.
   */
  private static String otherToken(Connection c) throws SQLException {
    String hash = "0".repeat(56) + "5a3b1e00";
    Sql.update(
        c,
        "INSERT INTO api_token (account_id, name, scopes, token_hash, created_at, expires_at)"
            + " SELECT min(id), 'access matrix', 'READ', ?, now(), now() + interval '365 days'"
            + " FROM account WHERE email LIKE 'participant2%' AND erased_at IS NULL"
            + " ON CONFLICT (token_hash) DO NOTHING",
        hash);
    return Sql.row(c, "SELECT id FROM api_token WHERE token_hash = ?", hash)[0];
  }
}
