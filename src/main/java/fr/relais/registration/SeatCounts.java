package fr.relais.registration;

/** A session's seats of each kind: general (anyone) and those kept for students. */
public record SeatCounts(int general, int student) {

  public int total() {
    return general + student;
  }

  /** As free seats: whether anyone could take one. */
  public boolean anyLeft() {
    return general > 0 || student > 0;
  }

  /** As seats taken: whether they fit in a session of these seats. */
  public boolean fitIn(int capacity, int studentSeats) {
    return general <= capacity - studentSeats && student <= studentSeats;
  }
}
