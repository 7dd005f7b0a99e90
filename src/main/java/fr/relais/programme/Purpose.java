package fr.relais.programme;

/**
 * Whether an activity is a training action, counted in the BPF, Qualiopi's results and the DPC, or
 * prevention and support (talk groups, conferences, drop-in workshops), never counted.
 */
public enum Purpose {
  TRAINING,
  PREVENTION
}
