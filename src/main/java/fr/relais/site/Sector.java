package fr.relais.site;

/**
 * A public or a private employer. It decides a convention's BPF income line (C-1 companies, C-3
 * public employers) and its staff's trainee category (F-1 a private employees, e others).
 */
public enum Sector {
  PUBLIC,
  PRIVATE
}
