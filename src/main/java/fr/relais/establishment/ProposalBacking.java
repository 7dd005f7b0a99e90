package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Option;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import fr.relais.scheduling.SchedulingChoices;
import fr.relais.scheduling.SessionMode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The coordinator's proposal to an establishment (?request=): days and hours, trainers, room or
 * link, seats, price and the convention's texts, prefilled from the request (or the latest
 * version). Saving makes the draft sessions and a new version of the convention. Roles:
 * COORDINATOR, ADMIN (web.xml /establishment/manage/*).
 */
@Named
@ViewScoped
public class ProposalBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConventionService conventions;
  @Inject private CurrentUser currentUser;
  @Inject private SchedulingChoices choices;

  /** What the page recalls of the request. */
  public record Asked(
      long id,
      String establishment,
      String activity,
      List<LocalDate> wishedDays,
      int headcount,
      String audience,
      String rooms,
      String notes,
      RequestStatus status,
      int versions)
      implements Serializable {}

  private String requestParam;
  private Asked asked;
  private ProposalForm form;
  private SchedulingChoices.Choices options;
  private List<Option> rooms = List.of();

  public void load() throws IOException {
    Long id = Ids.parse(requestParam).orElse(null);
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      EstablishmentRequest r = conventions.request(currentUser.caller(), id);
      form = conventions.draft(currentUser.caller(), id);
      asked =
          new Asked(
              r.getId(),
              r.getSite().getName(),
              r.getActivity().getTitle(),
              r.getWishedDays(),
              r.getHeadcount(),
              r.getAudience().name(),
              r.getRooms(),
              r.getNotes(),
              r.getStatus(),
              conventions.versions(currentUser.caller(), id).size());
      options = choices.load();
      rooms = establishmentsRoomsFirst(options.rooms(), r.getSite().getName());
      if (form.getRoomId() == null
          && !rooms.isEmpty()
          && rooms.get(0).getLabel().startsWith(r.getSite().getName() + " – ")) {
        form.setRoomId(rooms.get(0).getId());
      }
    } catch (NotFoundException gone) {
      Pages.notFound();
    }
  }

  /** The establishment's own rooms first, then the others as the scheduling form lists them. */
  private static List<Option> establishmentsRoomsFirst(List<Option> all, String site) {
    List<Option> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(o -> !o.getLabel().startsWith(site + " – ")));
    return sorted;
  }

  public List<Option> getRooms() {
    return rooms;
  }

  public void addDay() {
    form.addDay();
  }

  public void removeDay(ProposalForm.Day day) {
    form.removeDay(day);
  }

  public void propose() throws IOException {
    Convention made;
    try {
      made = conventions.propose(currentUser.caller(), asked.id(), form.toProposal());
    } catch (InvalidInput invalid) {
      for (InvalidInput.FieldError error : invalid.getErrors()) {
        if (error.field() == null) {
          Feedback.error(error.key(), error.arguments());
        } else {
          Feedback.errorOn("proposal:" + error.field(), error.key(), error.arguments());
        }
      }
      Feedback.error("form.checkFields");
      return;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "proposal");
      return;
    }
    Feedback.info("establishment.proposal.page.sent", String.valueOf(made.getNumber()));
    Pages.redirect("/establishment/manage/request?id=" + asked.id());
  }

  /** Whether the request may get a (new) proposal now. */
  public boolean isOpen() {
    return asked != null
        && asked.status().mayBecome(RequestStatus.PROPOSED, RequestStatus.Side.ASSOCIATION);
  }

  public SessionMode[] getModes() {
    return SessionMode.values();
  }

  public PriceBasis[] getBases() {
    return PriceBasis.values();
  }

  public VatStatus[] getVatStatuses() {
    return VatStatus.values();
  }

  public Asked getAsked() {
    return asked;
  }

  public ProposalForm getForm() {
    return form;
  }

  public SchedulingChoices.Choices getOptions() {
    return options;
  }

  public String getRequest() {
    return requestParam;
  }

  public void setRequest(String request) {
    this.requestParam = request;
  }
}
