package fr.relais.scheduling;

import fr.relais.kernel.web.Option;
import fr.relais.programme.Activity;
import fr.relais.programme.ProgrammeRepository;
import fr.relais.site.SiteRepository;
import fr.relais.trainers.TrainerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the scheduling forms offer to choose from: open activities, rooms, trainers, partners. */
@ApplicationScoped
public class SchedulingChoices {

  @Inject private ProgrammeRepository programme;
  @Inject private SiteRepository sites;
  @Inject private TrainerRepository trainers;

  /** An activity's defaults, to prefill a new session's length and seats. */
  public record Defaults(int durationMinutes, int capacity) implements Serializable {}

  /** The form's choices, read once when the page opens. */
  public record Choices(
      List<Option> activities,
      Map<Long, Defaults> activityDefaults,
      List<Option> rooms,
      Map<Long, Integer> roomCapacities,
      List<Option> trainers,
      List<Option> partners)
      implements Serializable {

    public List<Option> getActivities() {
      return activities;
    }

    public List<Option> getRooms() {
      return rooms;
    }

    public List<Option> getTrainers() {
      return trainers;
    }

    public List<Option> getPartners() {
      return partners;
    }
  }

  public Choices load() {
    List<Activity> activities = programme.activities(false);
    var rooms = sites.openRooms();
    return new Choices(
        activities.stream().map(a -> new Option(a.getId(), a.getTitle())).toList(),
        activities.stream()
            .collect(
                Collectors.toMap(
                    Activity::getId,
                    a -> new Defaults(a.getDurationMinutes(), a.getDefaultCapacity()))),
        rooms.stream()
            .map(
                r ->
                    new Option(
                        r.getId(),
                        r.getSite().getName() + " – " + r.getName() + " (" + r.getCapacity() + ")"))
            .toList(),
        rooms.stream().collect(Collectors.toMap(r -> r.getId(), r -> r.getCapacity())),
        trainers.trainers().stream().map(t -> new Option(t.getId(), t.getDisplayName())).toList(),
        sites.partners().stream().map(s -> new Option(s.getId(), s.getName())).toList());
  }
}
