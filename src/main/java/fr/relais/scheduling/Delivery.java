package fr.relais.scheduling;

/**
 * Who a session is run for: the association itself, another training organisation whose trainees
 * are entrusted to us (BPF frame G), or by another organisation on our behalf (frame F-2).
 */
public enum Delivery {
  OWN,
  ENTRUSTED_TO_US,
  ENTRUSTED_BY_US
}
