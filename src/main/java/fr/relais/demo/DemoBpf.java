package fr.relais.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * What the demo's BPF needs beyond the sessions and sign-in sheets (DemoProgramme classifies the
 * training actions, DemoPastYear categorises most trainees): the figures typed from the accounts
 * for each past year with completed training sessions; the category each trainee would have
 * declared when Relais cannot derive it (public hospital staff: other trainees, public agents;
 * clinic staff: private employees; anyone else: at their own expense); a sector for every
 * establishment with an accepted convention. Found by query, so it extends to sessions added later
 * (the full past year); runs at every start and only fills what is missing.
 */
@ApplicationScoped
@Transactional
public class DemoBpf {

  @Inject private DemoRepository data;
  @Inject private Clock clock;

  /** Returns the number of registrations given a declared category. */
  public int complete() {
    Timestamp now = Timestamp.from(clock.instant());
    data.sql(
            """
            INSERT INTO bpf_declared (year, item, amount, updated_at, updated_by)
            SELECT y.year, v.item, v.amount, ?, 'coordination@relais.test'
            FROM (SELECT DISTINCT extract(year FROM s.starts_at AT TIME ZONE
            'Europe/Paris')::int AS year FROM session s JOIN activity a
            ON a.id = s.activity_id WHERE a.purpose = 'TRAINING'
            AND s.status = 'COMPLETED') y
            CROSS JOIN (VALUES ('TURNOVER_SHARE', 62), ('CHARGES_TOTAL', 41800),
            ('CHARGES_SALARIES', 17600), ('CHARGES_PURCHASES', 6300)) AS v (item, amount)
            WHERE y.year < extract(year FROM CAST(? AS timestamptz) AT TIME ZONE
            'Europe/Paris') ON CONFLICT (year, item) DO NOTHING
            """)
        .setParameter(1, now)
        .setParameter(2, now)
        .executeUpdate();
    // As V20 did for the sites it found; any other establishment with a convention: private.
    data.sql(
            """
            UPDATE site SET sector = CASE WHEN kind IN ('HOSPITAL', 'UNIVERSITY') THEN 'PUBLIC'
            ELSE 'PRIVATE' END WHERE sector IS NULL AND (kind IN ('HOSPITAL',
            'UNIVERSITY', 'CLINIC') OR id IN (SELECT r.site_id FROM establishment_request r
            JOIN convention c ON c.request_id = r.id WHERE c.status = 'ACCEPTED'))
            """)
        .executeUpdate();
    return data.sql(
            """
            UPDATE registration g SET category_source = 'DECLARED', trainee_category =
            CASE p.workplace_type WHEN 'PRIVATE_CLINIC' THEN 'PRIVATE_EMPLOYEE'
            WHEN 'UNIVERSITY_HOSPITAL' THEN 'OTHER' WHEN 'PUBLIC_HOSPITAL' THEN 'OTHER'
            ELSE 'INDIVIDUAL' END
            FROM session s, activity a, account p
            WHERE s.id = g.session_id AND a.id = s.activity_id AND p.id = g.account_id
            AND a.purpose = 'TRAINING' AND g.trainee_category IS NULL
            AND g.status <> 'CANCELLED' AND p.status IS DISTINCT FROM 'STUDENT'
            AND NOT EXISTS (SELECT 1 FROM establishment_request r JOIN site x
            ON x.id = r.site_id WHERE r.id = s.establishment_request_id
            AND x.sector IS NOT NULL)
            """)
        .executeUpdate();
  }
}
