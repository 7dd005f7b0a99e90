package fr.relais.site;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import fr.relais.people.Region;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Creates or changes a site and its rooms (?id= to change). Roles: COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class SiteEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SiteRepository repository;
  @Inject private CurrentUser currentUser;
  @Inject private SiteService sites;

  private String id;
  private Long siteId;
  private SiteForm form = new SiteForm();
  private List<Room> rooms = List.of();
  private Long roomId;
  private String roomName;
  private Integer roomCapacity;
  private boolean roomAccessible = true;

  public void load() throws IOException {
    if (id == null || id.isBlank()) {
      return;
    }
    Site site = Ids.parse(id).flatMap(repository::site).orElse(null);
    if (site == null) {
      Pages.notFound();
      return;
    }
    siteId = site.getId();
    form = SiteForm.of(site);
    rooms = repository.roomsOf(siteId);
  }

  public void save() throws IOException {
    Site site;
    try {
      site = sites.save(currentUser.caller(), siteId, form);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "site");
      return;
    }
    Feedback.info("site.saved", site.getName());
    Pages.redirect("/site/site?id=" + site.getId());
  }

  public void editRoom(Room room) {
    roomId = room.getId();
    roomName = room.getName();
    roomCapacity = room.getCapacity();
    roomAccessible = room.isAccessible();
  }

  public void clearRoom() {
    roomId = null;
    roomName = null;
    roomCapacity = null;
    roomAccessible = true;
  }

  public void saveRoom() {
    try {
      sites.saveRoom(
          currentUser.caller(),
          siteId,
          roomId,
          roomName,
          roomCapacity == null ? 0 : roomCapacity,
          roomAccessible);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "rooms");
      return;
    }
    Feedback.info("room.saved", roomName.strip());
    clearRoom();
    rooms = repository.roomsOf(siteId);
  }

  public void archiveRoom(long id, boolean archived) {
    sites.archiveRoom(currentUser.caller(), id, archived);
    rooms = repository.roomsOf(siteId);
  }

  public boolean isNew() {
    return siteId == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public SiteForm getForm() {
    return form;
  }

  public List<Room> getRooms() {
    return rooms;
  }

  public SiteKind[] getKinds() {
    return SiteKind.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public Long getRoomId() {
    return roomId;
  }

  public String getRoomName() {
    return roomName;
  }

  public void setRoomName(String roomName) {
    this.roomName = roomName;
  }

  public Integer getRoomCapacity() {
    return roomCapacity;
  }

  public void setRoomCapacity(Integer roomCapacity) {
    this.roomCapacity = roomCapacity;
  }

  public boolean isRoomAccessible() {
    return roomAccessible;
  }

  public void setRoomAccessible(boolean roomAccessible) {
    this.roomAccessible = roomAccessible;
  }

  public Sector[] getSectors() {
    return Sector.values();
  }
}
