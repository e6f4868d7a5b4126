package org.shouwang.shared;

/**
 * One broken rule: the field it concerns, a stable code (for programs and error reports) and the Chinese
 * message an official reads. Validators return these instead of throwing, so every problem of a row is shown at once.
 */
public record Violation(String field, String code, String message) {
}
