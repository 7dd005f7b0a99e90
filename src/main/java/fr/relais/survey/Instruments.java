package fr.relais.survey;

import java.time.Instant;
import java.util.List;

/**
 * The validated wellbeing instruments, with their published wording and answer scales (sources and
 * how sure we are of each wording: docs/instruments.md). A French wording that could not be found
 * is left out rather than invented: the English one is then shown.
 */
final class Instruments {

  static final List<String> CODES = List.of(Who5Scoring.CODE, Pss10Scoring.CODE, CbiScoring.CODE);

  private Instruments() {}

  static Questionnaire build(String code, Instant at) {
    return switch (code) {
      case Who5Scoring.CODE -> who5(at);
      case Pss10Scoring.CODE -> pss10(at);
      case CbiScoring.CODE -> cbi(at);
      default -> throw new IllegalArgumentException(code);
    };
  }

  private static Questionnaire who5(Instant at) {
    Questionnaire q =
        Questionnaire.builtIn(
            Who5Scoring.CODE, "Indice de bien-être WHO-5", "WHO-5 Well-Being Index", at);
    q.rename(
        q.getTitleFr(),
        q.getTitleEn(),
        "Veuillez indiquer, pour chacune des cinq affirmations, laquelle se rapproche le plus de ce"
            + " que vous avez ressenti au cours des deux dernières semaines. Notez que le chiffre"
            + " est proportionnel au bien-être.",
        "Please indicate for each of the five statements which is closest to how you have been"
            + " feeling over the last two weeks. Notice that higher numbers mean better"
            + " well-being.");
    Section s = q.addSection("Au cours des 2 dernières semaines…", "Over the last two weeks…");
    String[][] items = {
      {"Je me suis senti(e) bien et de bonne humeur", "I have felt cheerful and in good spirits"},
      {"Je me suis senti(e) calme et tranquille", "I have felt calm and relaxed"},
      {
        "Je me suis senti(e) plein(e) d'énergie et vigoureux(se)", "I have felt active and vigorous"
      },
      {
        "Je me suis réveillé(e) en me sentant frais(che) et disposé(e)",
        "I woke up feeling fresh and rested"
      },
      {
        "Ma vie quotidienne a été remplie de choses intéressantes",
        "My daily life has been filled with things that interest me"
      },
    };
    for (String[] item : items) {
      s.addItem(ItemType.LIKERT, item[0], item[1], true)
          .scoredIn(Who5Scoring.RAW, false)
          .choice(5, "Tout le temps", "All of the time")
          .choice(4, "La plupart du temps", "Most of the time")
          .choice(3, "Plus de la moitié du temps", "More than half of the time")
          .choice(2, "Moins de la moitié du temps", "Less than half of the time")
          .choice(1, "De temps en temps", "Some of the time")
          .choice(0, "Jamais", "At no time");
    }
    return q;
  }

  private static Questionnaire pss10(Instant at) {
    Questionnaire q =
        Questionnaire.builtIn(
            Pss10Scoring.CODE,
            "Échelle de stress perçu (PSS-10)",
            "Perceived Stress Scale (PSS-10)",
            at);
    q.rename(
        q.getTitleFr(),
        q.getTitleEn(),
        "Les questions suivantes portent sur vos sentiments et pensées au cours du dernier mois."
            + " Pour chacune, indiquez à quelle fréquence vous avez ressenti ou pensé cela.",
        "The questions in this scale ask you about your feelings and thoughts during the last"
            + " month. In each case, you will be asked to indicate how often you felt or thought a"
            + " certain way.");
    String fr = "Au cours du dernier mois combien de fois ";
    String en = "In the last month, how often have you ";
    String[][] items = {
      {
        ", avez-vous été dérangé(e) par un évènement inattendu ?",
        "been upset because of something" + " that happened unexpectedly?"
      },
      {
        "vous a-t-il semblé difficile de contrôler les choses importantes de votre vie ?",
        "felt" + " that you were unable to control the important things in your life?"
      },
      {"vous êtes-vous senti(e) nerveux(se) ou stressé(e) ?", "felt nervous and \"stressed\"?"},
      {
        "vous êtes-vous senti(e) confiant(e) à prendre en main vos problèmes personnels ?",
        "felt" + " confident about your ability to handle your personal problems?"
      },
      {
        "avez-vous senti que les choses allaient comme vous le vouliez ?",
        "felt that things were" + " going your way?"
      },
      {
        "avez-vous pensé que vous ne pouviez pas assumer toutes les choses que vous deviez faire ?",
        "found that you could not cope with all the things that you had to do?"
      },
      {
        "avez-vous été capable de maîtriser votre énervement ?",
        "been able to control" + " irritations in your life?"
      },
      {"avez-vous senti que vous dominiez la situation ?", "felt that you were on top of things?"},
      {
        "vous êtes-vous senti(e) irrité(e) parce que des événements échappaient à votre contrôle ?",
        "been angered because of things that were outside of your control?"
      },
      {
        "avez-vous trouvé que les difficultés s'accumulaient à un tel point que vous ne pouviez les"
            + " contrôler ?",
        "felt difficulties were piling up so high that you could not overcome" + " them?"
      },
    };
    Section first = q.addSection("Le dernier mois (1/2)", "The last month (1/2)");
    Section second = q.addSection("Le dernier mois (2/2)", "The last month (2/2)");
    for (int i = 0; i < items.length; i++) {
      int number = i + 1;
      (i < 5 ? first : second)
          .addItem(ItemType.LIKERT, (fr + items[i][0]).replace(" ,", ","), en + items[i][1], true)
          .scoredIn(Pss10Scoring.TOTAL, Pss10Scoring.REVERSED.contains(number))
          .choice(0, "Jamais", "Never")
          .choice(1, "Presque jamais", "Almost never")
          .choice(2, "Parfois", "Sometimes")
          .choice(3, "Assez souvent", "Fairly often")
          .choice(4, "Souvent", "Very often");
    }
    return q;
  }

  /** The CBI's French wording was not found (docs/instruments.md): English is shown. */
  private static Questionnaire cbi(Instant at) {
    Questionnaire q =
        Questionnaire.builtIn(
            CbiScoring.CODE,
            "Inventaire de burnout de Copenhague (CBI)",
            "Copenhagen Burnout Inventory (CBI)",
            at);
    q.rename(
        q.getTitleFr(),
        q.getTitleEn(),
        "Aucune version française validée de ce questionnaire n'a pu être trouvée : il est"
            + " présenté dans sa version anglaise d'origine.",
        null);
    Section personal = q.addSection("Épuisement personnel", "Personal burnout");
    for (String text :
        List.of(
            "How often do you feel tired?",
            "How often are you physically exhausted?",
            "How often are you emotionally exhausted?",
            "How often do you think: \"I can't take it anymore\"?",
            "How often do you feel worn out?",
            "How often do you feel weak and susceptible to illness?")) {
      frequency(personal.addItem(ItemType.LIKERT, null, text, true), CbiScoring.PERSONAL, false);
    }
    Section work = q.addSection("Épuisement lié au travail", "Work-related burnout");
    degree(work.addItem(ItemType.LIKERT, null, "Is your work emotionally exhausting?", true));
    degree(
        work.addItem(ItemType.LIKERT, null, "Do you feel burnt out because of your work?", true));
    degree(work.addItem(ItemType.LIKERT, null, "Does your work frustrate you?", true));
    for (String text :
        List.of(
            "Do you feel worn out at the end of the working day?",
            "Are you exhausted in the morning at the thought of another day at work?",
            "Do you feel that every working hour is tiring for you?")) {
      frequency(work.addItem(ItemType.LIKERT, null, text, true), CbiScoring.WORK, false);
    }
    frequency(
        work.addItem(
            ItemType.LIKERT,
            null,
            "Do you have enough energy for family and friends during leisure time?",
            true),
        CbiScoring.WORK,
        true);
    Section patients = q.addSection("Épuisement lié aux patients", "Patient-related burnout");
    for (String text :
        List.of(
            "Do you find it hard to work with patients?",
            "Do you find it frustrating to work with patients?",
            "Does it drain your energy to work with patients?",
            "Do you feel that you give more than you get back when you work with patients?")) {
      Item item = patients.addItem(ItemType.LIKERT, null, text, true);
      degreeChoices(item.scoredIn(CbiScoring.PATIENT, false));
    }
    for (String text :
        List.of(
            "Are you tired of working with patients?",
            "Do you sometimes wonder how long you will be able to continue working with"
                + " patients?")) {
      frequency(patients.addItem(ItemType.LIKERT, null, text, true), CbiScoring.PATIENT, false);
    }
    return q;
  }

  private static void frequency(Item item, String scale, boolean reversed) {
    item.scoredIn(scale, reversed)
        .choice(100, null, "Always")
        .choice(75, null, "Often")
        .choice(50, null, "Sometimes")
        .choice(25, null, "Seldom")
        .choice(0, null, "Never/almost never");
  }

  private static void degree(Item item) {
    degreeChoices(item.scoredIn(CbiScoring.WORK, false));
  }

  private static void degreeChoices(Item item) {
    item.choice(100, null, "To a very high degree")
        .choice(75, null, "To a high degree")
        .choice(50, null, "Somewhat")
        .choice(25, null, "To a low degree")
        .choice(0, null, "To a very low degree");
  }
}
