package fr.relais.establishment;

import fr.relais.programme.Audience;
import java.time.LocalDate;
import java.util.List;

/** What a contact writes in a request, checked by {@link RequestRules}. */
public record RequestDetails(
    Long activityId,
    List<LocalDate> wishedDays,
    Integer headcount,
    Audience audience,
    String rooms,
    String notes) {

  public RequestDetails {
    wishedDays = wishedDays == null ? List.of() : List.copyOf(wishedDays);
  }
}
