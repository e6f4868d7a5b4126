package org.shouwang.assistance;

/** Ending a contact person without a successor: why (人员调整、离职…) and from when (yyyy-MM-dd, today when empty). */
public record ContactEnd(String reason, String endedOn) {
}
