package fr.relais.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a coordinator types to create or change an activity. */
public class ActivityForm implements java.io.Serializable {

  @NotBlank(message = "{relais.required}")
  @Size(max = 160, message = "{relais.tooLong}")
  private String title;

  @NotNull(message = "{relais.required}")
  private Format format;

  @NotNull(message = "{relais.required}")
  private Long themeId;

  @NotNull(message = "{relais.required}")
  private Audience audience;

  @Size(max = 5000, message = "{relais.tooLong}")
  private String description;

  @Size(max = 2000, message = "{relais.tooLong}")
  private String objectives;

  @Min(value = 15, message = "{relais.duration.range}")
  @Max(value = 1440, message = "{relais.duration.range}")
  private int durationMinutes = 90;

  @Min(value = 1, message = "{relais.capacity.range}")
  @Max(value = 500, message = "{relais.capacity.range}")
  private int defaultCapacity = 20;

  private Purpose purpose = Purpose.PREVENTION;
  private BpfObjective bpfObjective;
  private String nsfCode;
  private String andpcAction;
  private String prerequisites;
  private String methods;
  private String evaluation;
  private boolean free = true;
  private String price;
  private String priceNote;
  private String accessDelay;
  private String accessibility;

  public static ActivityForm of(Activity a) {
    ActivityForm form = new ActivityForm();
    form.title = a.getTitle();
    form.format = a.getFormat();
    form.themeId = a.getTheme().getId();
    form.audience = a.getAudience();
    form.description = a.getDescription();
    form.objectives = a.getObjectives();
    form.durationMinutes = a.getDurationMinutes();
    form.defaultCapacity = a.getDefaultCapacity();
    form.purpose = a.getPurpose();
    form.bpfObjective = a.getBpfObjective();
    form.nsfCode = a.getNsfCode();
    form.andpcAction = a.getAndpcAction();
    Activity.Catalogue c = a.getCatalogue();
    form.prerequisites = c.prerequisites();
    form.methods = c.methods();
    form.evaluation = c.evaluation();
    form.free = c.priceCents() == null;
    form.price = Euros.typed(c.priceCents());
    form.priceNote = c.priceNote();
    form.accessDelay = c.accessDelay();
    form.accessibility = c.accessibility();
    return form;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Format getFormat() {
    return format;
  }

  public void setFormat(Format format) {
    this.format = format;
  }

  public Long getThemeId() {
    return themeId;
  }

  public void setThemeId(Long themeId) {
    this.themeId = themeId;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(int durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public int getDefaultCapacity() {
    return defaultCapacity;
  }

  public void setDefaultCapacity(int defaultCapacity) {
    this.defaultCapacity = defaultCapacity;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public void setPurpose(Purpose purpose) {
    this.purpose = purpose;
  }

  public BpfObjective getBpfObjective() {
    return bpfObjective;
  }

  public void setBpfObjective(BpfObjective bpfObjective) {
    this.bpfObjective = bpfObjective;
  }

  public String getNsfCode() {
    return nsfCode;
  }

  public void setNsfCode(String nsfCode) {
    this.nsfCode = nsfCode;
  }

  public String getAndpcAction() {
    return andpcAction;
  }

  public void setAndpcAction(String andpcAction) {
    this.andpcAction = andpcAction;
  }

  public String getPrerequisites() {
    return prerequisites;
  }

  public void setPrerequisites(String prerequisites) {
    this.prerequisites = prerequisites;
  }

  public String getMethods() {
    return methods;
  }

  public void setMethods(String methods) {
    this.methods = methods;
  }

  public String getEvaluation() {
    return evaluation;
  }

  public void setEvaluation(String evaluation) {
    this.evaluation = evaluation;
  }

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public String getPriceNote() {
    return priceNote;
  }

  public void setPriceNote(String priceNote) {
    this.priceNote = priceNote;
  }

  public String getAccessDelay() {
    return accessDelay;
  }

  public void setAccessDelay(String accessDelay) {
    this.accessDelay = accessDelay;
  }

  public String getAccessibility() {
    return accessibility;
  }

  public void setAccessibility(String accessibility) {
    this.accessibility = accessibility;
  }

  /** Free of charge (the default); otherwise {@link #getPrice()} in euros. */
  public boolean isFree() {
    return free;
  }

  public void setFree(boolean free) {
    this.free = free;
  }
}
