package fr.relais.quality;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.survey.Campaign;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The improvement log (Qualiopi indicator 32), for coordinators. An improvement made from a case
 * names it among its sources, and the case's history gets an "action" line pointing back at it.
 */
@Stateless
public class Improvements {

  @Inject private QualityRepository repository;
  @Inject private CaseMoves moves;
  @Inject private Clock clock;

  public List<Improvement> list(Caller caller) {
    caller.mustCoordinate();
    return repository.improvements();
  }

  public Improvement get(Caller caller, long id) {
    caller.mustCoordinate();
    Improvement i = repository.find(Improvement.class, id);
    if (i == null) {
      throw new NotFoundException("improvement");
    }
    i.getSources().size();
    return i;
  }

  /** Creates (id null) or updates an improvement; returns its id. */
  public long save(Caller caller, Long id, ImprovementForm form) {
    caller.mustCoordinate();
    List<FieldError> errors = new ArrayList<>(ImprovementRules.problems(form));
    Account owner =
        form.getOwnerId() == null ? null : repository.find(Account.class, form.getOwnerId());
    if (form.getOwnerId() != null && owner == null) {
      errors.add(new FieldError("owner", "quality.improvement.owner.unknown"));
    }
    List<ImprovementSource> sources = new ArrayList<>();
    for (ImprovementForm.Source s : form.getSources()) {
      if (s.getKind() == null) {
        continue;
      }
      QualityCase c = s.getCaseId() == null ? null : repository.find(s.getCaseId()).orElse(null);
      Campaign campaign =
          s.getCampaignId() == null ? null : repository.find(Campaign.class, s.getCampaignId());
      if ((s.getKind() == SourceKind.CASE && c == null)
          || (s.getKind() == SourceKind.SURVEY && campaign == null)) {
        errors.add(new FieldError("sources", "quality.improvement.source.unknown"));
        continue;
      }
      sources.add(
          new ImprovementSource(
              s.getKind(),
              s.getKind() == SourceKind.CASE ? c : null,
              s.getKind() == SourceKind.SURVEY ? campaign : null,
              ImprovementRules.blank(s.getNote()) ? null : s.getNote().strip()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Improvement improvement =
        id == null ? new Improvement(clock.instant(), caller.email()) : get(caller, id);
    List<Long> casesBefore =
        improvement.getSources().stream()
            .filter(s -> s.getQualityCase() != null)
            .map(s -> s.getQualityCase().getId())
            .toList();
    improvement.describe(
        form.getDecision().strip(),
        form.getReason().strip(),
        owner,
        form.getDueOn(),
        form.getDoneOn(),
        ImprovementRules.blank(form.getEffect()) ? null : form.getEffect().strip());
    for (ImprovementSource old : List.copyOf(improvement.getSources())) {
      improvement.removeSource(old);
    }
    sources.forEach(improvement::add);
    if (id == null) {
      repository.persist(improvement);
    }
    repository.flush();
    // the case's side of the link: an action line naming the improvement, once per case
    for (ImprovementSource s : sources) {
      QualityCase c = s.getQualityCase();
      if (c != null && !casesBefore.contains(c.getId()) && c.getStatus() != CaseStatus.CLOSED) {
        Account me = repository.find(Account.class, caller.accountId());
        moves.step(
            c,
            CaseStep.ACTION,
            clock.instant(),
            new CaseMoves.Actor(
                me == null ? null : me.getId(),
                me == null ? caller.email() : me.getDisplayName(),
                false),
            form.getDecision().strip(),
            improvement.getId());
      }
    }
    return improvement.getId();
  }

  /** The form of a new improvement coming from a case. */
  public ImprovementForm fromCase(Caller caller, long caseId) {
    caller.mustCoordinate();
    QualityCase c =
        repository.find(caseId).orElseThrow(() -> new NotFoundException("quality case"));
    ImprovementForm form = new ImprovementForm();
    form.getSources().add(new ImprovementForm.Source(SourceKind.CASE, c.getId(), null, null));
    return form;
  }

  /** The form filled from an improvement, to edit it. */
  public ImprovementForm form(Caller caller, long id) {
    Improvement i = get(caller, id);
    ImprovementForm form = new ImprovementForm();
    form.setDecision(i.getDecision());
    form.setReason(i.getReason());
    form.setOwnerId(i.getOwner() == null ? null : i.getOwner().getId());
    form.setDueOn(i.getDueOn());
    form.setDoneOn(i.getDoneOn());
    form.setEffect(i.getEffect());
    for (ImprovementSource s : i.getSources()) {
      form.getSources()
          .add(
              new ImprovementForm.Source(
                  s.getKind(),
                  s.getQualityCase() == null ? null : s.getQualityCase().getId(),
                  s.getCampaign() == null ? null : s.getCampaign().getId(),
                  s.getNote()));
    }
    return form;
  }
}
