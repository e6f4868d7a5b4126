package org.shouwang.campaign;

/** One failing data check of a form, by its stable code, as stored in campaign_form.checks. */
public record FormCheck(String code, String message) {
}
