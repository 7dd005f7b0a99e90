package fr.relais.attendance;

/** How a presence was recorded. */
public enum CheckInMethod {
  /** Ticked by the trainer. */
  HAND,
  /** Signed by the participant on the trainer's phone. */
  SIGNATURE,
  /** The participant scanned the session's QR code. */
  QR,
  /** The participant typed the code read out in a videoconference. */
  CODE,
  /** Nobody marked them: the session's completion recorded them absent. */
  COMPLETION
}
