package fr.relais.site;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sites and their rooms. Used ones are archived, never deleted: sessions point at them. */
@Stateless
public class SiteService {

  public static final int MAX_ROOM_CAPACITY = 1000;

  @Inject private SiteRepository repository;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  public Site save(Caller by, Long id, @NotNull @Valid SiteForm form) {
    by.mustCoordinate();
    if (form.getKind() == SiteKind.NURSING_HOME && form.effectiveSector() == null) {
      throw BusinessException.onField("sector", "facts.site.sector.required");
    }
    Site site;
    if (id == null) {
      site =
          new Site(form.getName().strip(), form.getKind(), strip(form.getCity()), form.getRegion());
      repository.persist(site);
    } else {
      site = site(id);
      site.rename(form.getName().strip(), form.getKind(), strip(form.getCity()), form.getRegion());
    }
    site.locate(strip(form.getAddress()), strip(form.getPostalCode()));
    site.setSector(form.effectiveSector());
    String domain = strip(form.getEmailDomain());
    site.setEmailDomain(domain == null ? null : domain.toLowerCase(Locale.ROOT));
    audit.record("site", site.getId(), id == null ? "CREATED" : "UPDATED", site.getName());
    return site;
  }

  public void archive(Caller by, long id, boolean archived) {
    by.mustCoordinate();
    Site site = site(id);
    site.setArchived(archived);
    audit.record("site", id, archived ? "ARCHIVED" : "REOPENED", site.getName());
  }

  /** Adds or changes a room; its capacity may not drop below an upcoming session's. */
  public Room saveRoom(
      Caller by, long siteId, Long roomId, String name, int capacity, boolean accessible) {
    by.mustCoordinate();
    List<FieldError> errors = new ArrayList<>();
    if (name == null || name.isBlank()) {
      errors.add(new FieldError("roomName", "relais.required.text"));
    } else if (name.strip().length() > 80) {
      errors.add(new FieldError("roomName", "relais.tooLong.text"));
    } else if (repository.roomNameTaken(siteId, name, roomId)) {
      errors.add(new FieldError("roomName", "room.nameTaken"));
    }
    if (capacity < 1 || capacity > MAX_ROOM_CAPACITY) {
      errors.add(new FieldError("roomCapacity", "room.capacity.range", MAX_ROOM_CAPACITY));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Room room;
    if (roomId == null) {
      room = new Room(site(siteId), name.strip(), capacity, accessible);
      repository.persist(room);
    } else {
      room = repository.room(roomId).orElseThrow(() -> new NotFoundException("room " + roomId));
      int needed = repository.largestUpcomingSessionIn(roomId, clock.instant());
      if (capacity < needed) {
        throw BusinessException.onField("roomCapacity", "room.capacity.belowSessions", needed);
      }
      room.update(name.strip(), capacity, accessible);
    }
    audit.record("room", room.getId(), roomId == null ? "CREATED" : "UPDATED", room.getName());
    return room;
  }

  public void archiveRoom(Caller by, long roomId, boolean archived) {
    by.mustCoordinate();
    Room room = repository.room(roomId).orElseThrow(() -> new NotFoundException("room " + roomId));
    room.setArchived(archived);
    audit.record("room", roomId, archived ? "ARCHIVED" : "REOPENED", room.getName());
  }

  private Site site(long id) {
    return repository.site(id).orElseThrow(() -> new NotFoundException("site " + id));
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
