package fr.relais.kernel.web;

import fr.relais.kernel.InvalidInput.FieldError;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * Lets a page run its own rules in the same phase as conversion and Bean Validation (from a form's
 * postValidate event), so one submit shows every field's message, not the fields' first and the
 * rules' on the next submit.
 */
public final class FormChecks {

  private FormChecks() {}

  /** The converted value of one of the form's inputs, or null when its own checks failed. */
  public static Object value(UIComponent form, String id) {
    UIComponent component = form.findComponent(id);
    if (component instanceof UIInput input && input.isValid()) {
      return input.getValue();
    }
    return null;
  }

  /**
   * Shows each error next to its field (a field that already has a message keeps only that one) and
   * keeps the action from running.
   */
  public static void fail(UIComponent form, List<FieldError> errors) {
    if (errors.isEmpty()) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    for (FieldError error : errors) {
      UIComponent component = form.findComponent(error.field());
      if (component == null) {
        continue;
      }
      String clientId = component.getClientId(faces);
      if (faces.getMessages(clientId).hasNext()) {
        continue;
      }
      // Marked invalid (styled as such), a text input shows what was typed again only as its
      // submitted value: conversion already consumed it.
      if (component instanceof UIInput input && input.getLocalValue() instanceof String typed) {
        input.setSubmittedValue(typed);
        input.setValid(false);
      }
      Feedback.errorOn(clientId, error.key(), error.arguments());
    }
    faces.validationFailed();
    faces.renderResponse();
  }
}
