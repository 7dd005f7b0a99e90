package fr.relais.people;

/** The French regions (metropolitan and overseas), as funders report by them. */
public enum Region {
  AUVERGNE_RHONE_ALPES,
  BOURGOGNE_FRANCHE_COMTE,
  BRETAGNE,
  CENTRE_VAL_DE_LOIRE,
  CORSE,
  GRAND_EST,
  HAUTS_DE_FRANCE,
  ILE_DE_FRANCE,
  NORMANDIE,
  NOUVELLE_AQUITAINE,
  OCCITANIE,
  PAYS_DE_LA_LOIRE,
  PROVENCE_ALPES_COTE_D_AZUR,
  GUADELOUPE,
  MARTINIQUE,
  GUYANE,
  LA_REUNION,
  MAYOTTE
}
