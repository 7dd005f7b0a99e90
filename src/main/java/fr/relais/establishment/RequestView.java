package fr.relais.establishment;

import java.util.List;

/** One request's page: the request, its history, and its establishment's active contacts. */
public record RequestView(
    EstablishmentRequest request, List<RequestEvent> history, List<EstablishmentContact> contacts)
    implements java.io.Serializable {

  /** What the side reading the page may do next (the service checks again). */
  public boolean may(RequestStatus next, RequestStatus.Side side) {
    return request.getStatus().mayBecome(next, side);
  }
}
