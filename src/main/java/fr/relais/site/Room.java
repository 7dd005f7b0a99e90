package fr.relais.site;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A room of a site, with its capacity and whether it is accessible with reduced mobility. */
@Entity
@Table(name = "room")
public class Room implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  private String name;

  private int capacity;

  private boolean accessible;

  private boolean archived;

  @Version private long version;

  protected Room() {}

  public Room(Site site, String name, int capacity, boolean accessible) {
    this.site = site;
    this.name = name;
    this.capacity = capacity;
    this.accessible = accessible;
  }

  public void update(String name, int capacity, boolean accessible) {
    this.name = name;
    this.capacity = capacity;
    this.accessible = accessible;
  }

  public void setArchived(boolean archived) {
    this.archived = archived;
  }

  public boolean isArchived() {
    return archived;
  }

  public Long getId() {
    return id;
  }

  public Site getSite() {
    return site;
  }

  public String getName() {
    return name;
  }

  public int getCapacity() {
    return capacity;
  }

  public boolean isAccessible() {
    return accessible;
  }
}
