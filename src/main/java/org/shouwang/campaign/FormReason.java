package org.shouwang.campaign;

/** Why a household is flagged: a key-group rule's code and name with its values, or one of the form's own answers. */
public record FormReason(String code, String name, String detail) {
}
