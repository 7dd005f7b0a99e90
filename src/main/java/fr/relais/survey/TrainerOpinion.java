package fr.relais.survey;

import java.time.Instant;

/**
 * The built-in questionnaire "Avis du formateur" (Qualiopi, indicator 30: the teaching team's
 * opinion): asked of each trainer of a session once it is completed. How the session went, the
 * group, whether its objectives were reached, the material and the room (Likert, out of 5), free
 * comments. Answers are kept under a pseudonym like every other answer, on the session.
 */
public final class TrainerOpinion {

  public static final String CODE = "TRAINER";

  private TrainerOpinion() {}

  static Questionnaire build(Instant at) {
    Questionnaire q =
        Questionnaire.builtIn(
            SurveyKind.SATISFACTION, CODE, "Avis du formateur", "The trainer's opinion", at);
    q.rename(
        q.getTitleFr(),
        q.getTitleEn(),
        "Vous venez d'animer une séance. Votre regard de formateur, en quelques questions, aide"
            + " l'association à améliorer ses actions.",
        "You have just led a session. Your view as a trainer, in a few questions, helps the"
            + " association improve its work.");
    Section s = q.addSection("La séance", "The session");
    scale(
        s.addItem(
            ItemType.LIKERT,
            "Dans l'ensemble, comment la séance s'est-elle déroulée ?",
            "Overall, how did the session go?",
            true));
    scale(
        s.addItem(
            ItemType.LIKERT,
            "Comment le groupe a-t-il participé (dynamique, échanges) ?",
            "How did the group take part (dynamics, exchanges)?",
            true));
    scale(
        s.addItem(
            ItemType.LIKERT,
            "Les objectifs de la séance ont-ils été atteints ?",
            "Were the session's objectives reached?",
            true));
    scale(
        s.addItem(
            ItemType.LIKERT,
            "Le matériel et la salle convenaient-ils ?",
            "Did the material and the room suit?",
            true));
    s.addItem(
        ItemType.TEXT,
        "Vos commentaires libres (ce qui a marché, ce qui serait à changer)",
        "Your free comments (what worked, what should change)",
        false);
    return q;
  }

  private static void scale(Item item) {
    item.choice(1, "Pas du tout", "Not at all")
        .choice(2, "Peu", "Poorly")
        .choice(3, "Moyennement", "Fairly")
        .choice(4, "Bien", "Well")
        .choice(5, "Très bien", "Very well");
  }
}
