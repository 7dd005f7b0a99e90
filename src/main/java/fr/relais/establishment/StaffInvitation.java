package fr.relais.establishment;

import fr.relais.people.Account;
import fr.relais.people.Profession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person of an establishment's staff list, invited by mail to register. */
@Entity
@Table(name = "staff_invitation")
public class StaffInvitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private EstablishmentRequest request;

  private String email;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  @Enumerated(EnumType.STRING)
  private Profession profession;

  /** The account the person has or made, once known. */
  @ManyToOne
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "invited_at")
  private Instant invitedAt;

  @Column(name = "invited_by")
  private String invitedBy;

  protected StaffInvitation() {}

  public StaffInvitation(
      EstablishmentRequest request,
      String email,
      String firstName,
      String lastName,
      Profession profession,
      String invitedBy,
      Instant invitedAt) {
    this.request = request;
    this.email = email;
    this.firstName = firstName;
    this.lastName = lastName;
    this.profession = profession;
    this.invitedBy = invitedBy;
    this.invitedAt = invitedAt;
  }

  public void linkTo(Account account) {
    this.account = account;
  }

  public Long getId() {
    return id;
  }

  public EstablishmentRequest getRequest() {
    return request;
  }

  public String getEmail() {
    return email;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public Profession getProfession() {
    return profession;
  }

  public Account getAccount() {
    return account;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public String getInvitedBy() {
    return invitedBy;
  }
}
