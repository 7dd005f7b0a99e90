package fr.relais.bpf;

import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.programme.Euros;
import java.util.ArrayList;
import java.util.List;

/**
 * An income of a session as a coordinator types it: the amount in euros (with cents), the BPF's
 * frame C line it belongs to (may stay empty: the BPF then warns of an income without a source),
 * who paid and a note.
 */
public record IncomeInput(String amount, IncomeSource source, String funder, String note) {

  public static final int FUNDER_MAX = 200;
  public static final int NOTE_MAX = 500;

  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    if (Euros.cents(amount).isEmpty()) {
      errors.add(new FieldError("amount", "facts.income.amount.invalid"));
    }
    if (funder != null && funder.strip().length() > FUNDER_MAX) {
      errors.add(new FieldError("funder", "facts.session.tooLong", FUNDER_MAX));
    }
    if (note != null && note.strip().length() > NOTE_MAX) {
      errors.add(new FieldError("note", "facts.session.tooLong", NOTE_MAX));
    }
    return errors;
  }

  long cents() {
    return Euros.cents(amount).orElseThrow();
  }

  static String text(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }
}
