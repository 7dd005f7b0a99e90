package fr.relais.survey;

import java.time.Instant;

/**
 * The built-in questionnaire "Avis de l'établissement" (Qualiopi, indicator 30: the clients'
 * opinion too): asked of an establishment's contacts once its day is held. Overall satisfaction,
 * the organisation, the fit with the staff's needs (Likert, scored out of 5 in the satisfaction
 * report), whether they would book again (its own scale, reported as a share), a free comment.
 */
public final class ClientOpinion {

  public static final String CODE = "CLIENT";

  /** The scale of "would book again": the report counts its upper half as a yes. */
  public static final String REBOOK = "rebook";

  private ClientOpinion() {}

  static Questionnaire build(Instant at) {
    Questionnaire q =
        Questionnaire.builtIn(
            SurveyKind.SATISFACTION,
            CODE,
            "Avis de l'établissement",
            "The establishment's opinion",
            at);
    q.rename(
        q.getTitleFr(),
        q.getTitleEn(),
        "Votre établissement a accueilli une journée de l'association. Votre avis de client, en"
            + " quelques questions, nous aide à nous améliorer.",
        "Your establishment hosted a day of the association. Your opinion as a client, in a few"
            + " questions, helps us improve.");
    Section s = q.addSection("Votre avis", "Your opinion");
    satisfaction(
        s.addItem(
            ItemType.LIKERT,
            "Dans l'ensemble, êtes-vous satisfait(e) de la journée ?",
            "Overall, are you satisfied with the day?",
            true));
    satisfaction(
        s.addItem(
            ItemType.LIKERT,
            "L'organisation (échanges, convention, documents) vous a-t-elle convenu ?",
            "Did the organisation (exchanges, agreement, documents) suit you?",
            true));
    satisfaction(
        s.addItem(
            ItemType.LIKERT,
            "La journée répondait-elle aux besoins de vos équipes ?",
            "Did the day meet your staff's needs?",
            true));
    s.addItem(
            ItemType.LIKERT,
            "Feriez-vous de nouveau appel à l'association ?",
            "Would you book the association again?",
            true)
        .scoredIn(REBOOK, false)
        .choice(4, "Oui, certainement", "Yes, certainly")
        .choice(3, "Probablement", "Probably")
        .choice(2, "Probablement pas", "Probably not")
        .choice(1, "Non", "No");
    s.addItem(
        ItemType.TEXT, "Un commentaire, une suggestion ?", "Any comment or suggestion?", false);
    return q;
  }

  private static void satisfaction(Item item) {
    item.choice(5, "Très satisfait(e)", "Very satisfied")
        .choice(4, "Satisfait(e)", "Satisfied")
        .choice(3, "Moyennement satisfait(e)", "Fairly satisfied")
        .choice(2, "Peu satisfait(e)", "Not very satisfied")
        .choice(1, "Pas du tout satisfait(e)", "Not at all satisfied");
  }
}
