package fr.relais.demo;

import fr.relais.people.Caller;
import fr.relais.programme.Format;
import fr.relais.survey.AnswerService;
import fr.relais.survey.CampaignService;
import fr.relais.survey.Item;
import fr.relais.survey.ItemType;
import fr.relais.survey.Phase;
import fr.relais.survey.Pseudonyms;
import fr.relais.survey.QuestionnaireService;
import fr.relais.survey.Section;
import fr.relais.survey.SurveyKind;
import fr.relais.survey.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The association's surveys in the demo: hot and cold satisfaction questionnaires sent after every
 * session, a WHO-5 before and after the eJADES programme; and, for the past sessions, answers given
 * through the real answering service (so they are stored exactly as live ones are).
 */
@ApplicationScoped
public class DemoSurveys {

  private static final String AGREE =
      "Pas du tout d'accord | Strongly disagree\n"
          + "Plutôt pas d'accord | Disagree\nNi d'accord ni pas d'accord | Neither agree nor disagree\n"
          + "Plutôt d'accord | Agree\nTout à fait d'accord | Strongly agree";

  @Inject private DemoRepository data;
  @Inject private QuestionnaireService questionnaires;
  @Inject private CampaignService campaigns;
  @Inject private SurveyRepository surveys;
  @Inject private AnswerService answers;
  @Inject private Pseudonyms pseudonyms;

  private final Random random = new Random(5);

  /** Whether the demo's campaigns exist (the client's opinion campaign is built in: not one). */
  public boolean present() {
    return surveys.campaigns().stream()
        .anyMatch(
            c ->
                c.getPhase() != fr.relais.survey.Phase.CLIENT
                    && c.getPhase() != fr.relais.survey.Phase.TRAINER);
  }

  public void campaigns() {
    long hot =
        questionnaires.create(
            Caller.system(),
            SurveyKind.SATISFACTION,
            "Satisfaction à chaud",
            "Satisfaction right after");
    long section = firstSection(hot);
    likert(
        hot,
        section,
        "Les objectifs annoncés ont été atteints.",
        "The stated objectives were met.",
        true);
    likert(hot, section, "Le contenu répondait à mes besoins.", "The content met my needs.");
    likert(
        hot,
        section,
        "L'animation m'a aidé(e) à participer.",
        "The facilitation helped me take part.");
    questionnaires.addItem(
        Caller.system(),
        hot,
        section,
        new QuestionnaireService.ItemDraft(
            ItemType.RATING,
            "Recommanderiez-vous cette séance à un collègue ?",
            "Would you recommend this session to a colleague?",
            true,
            null,
            null,
            null,
            false));
    comment(hot, section);

    long cold =
        questionnaires.create(
            Caller.system(),
            SurveyKind.SATISFACTION,
            "Satisfaction à froid",
            "Satisfaction weeks later");
    long coldSection = firstSection(cold);
    likert(
        cold,
        coldSection,
        "J'utilise au quotidien ce que j'ai appris.",
        "I use what I learnt day to day.");
    likert(
        cold,
        coldSection,
        "Mon bien-être au travail s'est amélioré depuis.",
        "My wellbeing at work has improved since.");
    questionnaires.addItem(
        Caller.system(),
        cold,
        coldSection,
        new QuestionnaireService.ItemDraft(
            ItemType.SINGLE,
            "Avez-vous partagé ces outils avec votre équipe ?",
            "Have you shared these tools with your team?",
            true,
            null,
            null,
            "Oui | Yes\nNon | No\nPas encore | Not yet",
            false));
    comment(cold, coldSection);

    long who5 = surveys.instrument("WHO5").orElseThrow().getId();
    campaigns.launch(
        Caller.system(), "Satisfaction à chaud, toutes séances", hot, Phase.HOT, null, null, 0);
    campaigns.launch(
        Caller.system(), "Satisfaction à froid, 6 semaines", cold, Phase.COLD, null, null, 6);
    campaigns.launch(
        Caller.system(), "Bien-être eJADES : avant", who5, Phase.BEFORE, Format.EJADES, null, 0);
    campaigns.launch(
        Caller.system(), "Bien-être eJADES : après", who5, Phase.AFTER, Format.EJADES, null, 8);
  }

  /**
   * Most people present answer the hot survey and the WHO-5 before and after (a little better
   * after, on the whole); answers are dated at the sessions rather than at seeding time.
   */
  public int answer() {
    // The past sessions were completed at seeding time: date their invitations from their end.
    data.sql(
            """
            UPDATE survey_invitation i SET opens_at = s.ends_at + c.weeks_after * interval '7 days'
            FROM campaign c, session s WHERE c.id = i.campaign_id AND s.id = i.session_id
            AND c.phase IN ('HOT', 'COLD') AND s.status = 'COMPLETED'
            """)
        .executeUpdate();
    data.flush();
    data.clear(); // the invitations in memory still have their seeding-time dates
    List<Object[]> open =
        data.sql(
                """
                SELECT i.id, i.account_id, c.phase,
                CAST(s.starts_at AT TIME ZONE 'Europe/Paris' AS date) FROM survey_invitation i
                JOIN campaign c ON c.id = i.campaign_id
                LEFT JOIN session s ON s.id = i.session_id
                WHERE NOT i.answered AND i.opens_at <= clock_timestamp() ORDER BY i.id
                """)
            .getResultList();
    int answered = 0;
    for (Object[] row : open) {
      long invitation = ((Number) row[0]).longValue();
      long account = ((Number) row[1]).longValue();
      String phase = (String) row[2];
      if (random.nextInt(100) >= 75 || isDemoPerson(account)) {
        continue;
      }
      AnswerService.Respondent who = new AnswerService.Respondent(account, Set.of());
      var sheet = answers.open(who, invitation);
      List<Section> sections = sheet.questionnaire().getSections();
      for (int s = 0; s < sections.size(); s++) {
        Map<Long, List<String>> values = new HashMap<>();
        for (Item item : sections.get(s).getItems()) {
          values.put(item.getId(), value(item, phase));
        }
        answers.save(who, invitation, s, values);
      }
      answers.submit(who, invitation);
      answered++;
      if (row[3] != null) {
        data.sql(
                """
                UPDATE survey_response SET submitted_on = CAST(? AS date)
                WHERE pseudonym = ? AND session_id = (SELECT session_id FROM
                survey_invitation WHERE id = ?)
                """)
            .setParameter(1, row[3])
            .setParameter(2, pseudonyms.of(account))
            .setParameter(3, invitation)
            .executeUpdate();
      }
    }
    // The "before" questionnaires were answered before the first session, ten weeks ago.
    data.sql(
            """
            UPDATE survey_response r SET submitted_on = current_date - 70 FROM campaign c
            WHERE c.id = r.campaign_id AND c.phase = 'BEFORE' AND r.submitted
            """)
        .executeUpdate();
    return answered;
  }

  /** The demo's own accounts keep their surveys to answer, to try the pages. */
  private boolean isDemoPerson(long account) {
    String email =
        (String)
            data.sql("SELECT email FROM account WHERE id = ?")
                .setParameter(1, account)
                .getSingleResult();
    return !email.startsWith("participant");
  }

  private List<String> value(Item item, String phase) {
    List<String> values = new ArrayList<>();
    switch (item.getType()) {
      case LIKERT, SINGLE -> {
        int n = item.getChoices().size();
        int pick;
        if ("WHO5".equals(item.getSection().getQuestionnaire().getCode())) {
          // Values 5..0 in order; "after" answers lean a little towards wellbeing.
          int base = 2 + random.nextInt(3) - ("AFTER".equals(phase) ? 1 : 0);
          pick = Math.max(0, Math.min(n - 1, base));
        } else {
          pick = Math.max(0, n - 1 - random.nextInt(Math.min(3, n)));
        }
        values.add(String.valueOf(item.getChoices().get(pick).getValue()));
      }
      case RATING -> values.add(String.valueOf(6 + random.nextInt(5)));
      case TEXT -> {
        if (random.nextInt(3) == 0) {
          values.add(COMMENTS[random.nextInt(COMMENTS.length)]);
        }
      }
      default -> {}
    }
    return values;
  }

  private static final String[] COMMENTS = {
    "Très utile, j'ai déjà refait l'exercice de respiration pendant une garde.",
    "Un peu court : j'aurais aimé plus de temps d'échange.",
    "Bienveillant et concret, merci.",
    "La connexion a coupé deux fois, dommage.",
    "J'ai apprécié de parler avec des collègues d'autres services.",
    "Des outils simples que je peux utiliser entre deux soins.",
  };

  private long firstSection(long questionnaire) {
    return surveys.questionnaire(questionnaire).orElseThrow().getSections().get(0).getId();
  }

  private void likert(long questionnaire, long section, String fr, String en) {
    likert(questionnaire, section, fr, en, false);
  }

  private void likert(long questionnaire, long section, String fr, String en, boolean objectives) {
    questionnaires.addItem(
        Caller.system(),
        questionnaire,
        section,
        new QuestionnaireService.ItemDraft(
            ItemType.LIKERT, fr, en, true, null, null, AGREE, objectives));
  }

  private void comment(long questionnaire, long section) {
    questionnaires.addItem(
        Caller.system(),
        questionnaire,
        section,
        new QuestionnaireService.ItemDraft(
            ItemType.TEXT,
            "Un commentaire, une suggestion ?",
            "A comment, a suggestion?",
            false,
            null,
            null,
            null,
            false));
  }
}
