package fr.relais.establishment;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One day of a proposal, with its hours in Paris time. */
public record ProposedDay(LocalDate day, LocalTime start, LocalTime end) implements Serializable {}
