package fr.relais.catalog;

import java.util.List;

/** Everything the public page of a session shows, beyond its catalogue line. */
public record SessionDetails(
    CatalogueEntry entry,
    String description,
    String objectives,
    String address,
    String postalCode,
    String roomName,
    boolean roomAccessible,
    List<String> trainers) {

  public CatalogueEntry getEntry() {
    return entry;
  }

  public String getDescription() {
    return description;
  }

  public String getObjectives() {
    return objectives;
  }

  public String getAddress() {
    return address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getRoomName() {
    return roomName;
  }

  public boolean isRoomAccessible() {
    return roomAccessible;
  }

  public List<String> getTrainers() {
    return trainers;
  }

  public String getTrainerNames() {
    return String.join(", ", trainers);
  }
}
