package fr.relais.obligations;

import fr.relais.people.Caller;
import java.util.List;
import java.util.Locale;

/**
 * A feature's contribution to the Qualiopi evidence binder: what it holds for the period (its
 * pages, sheets, registers…). Each feature that owns the facts implements it as a CDI bean; the
 * binder gathers them all, so a new kind of evidence needs no change here.
 */
public interface EvidenceSource {

  /**
   * @param by the coordinator or administrator asking for the binder (checked by the binder), for
   *     the services the source reads through and their audit
   */
  List<Evidence> evidence(Caller by, AuditPeriod period, Locale locale);
}
