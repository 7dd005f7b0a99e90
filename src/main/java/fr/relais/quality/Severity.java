package fr.relais.quality;

public enum Severity {
  LOW,
  MEDIUM,
  HIGH
}
