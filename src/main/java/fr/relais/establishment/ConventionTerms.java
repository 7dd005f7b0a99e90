package fr.relais.establishment;

/**
 * What the coordinator sets in a convention beyond the request's facts (Code du travail, D6353-1):
 * price and how it is counted, VAT, number of trainees, payment terms, and the training's
 * objectives, content, means and how it is followed and evaluated.
 */
public record ConventionTerms(
    Long priceCents,
    PriceBasis priceBasis,
    VatStatus vat,
    Integer trainees,
    String paymentTerms,
    String objectives,
    String content,
    String means,
    String evaluation) {}
