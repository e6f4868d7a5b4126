package org.shouwang.elimination;

import org.shouwang.shared.Refused;
import static org.shouwang.shared.Refused.require;

import java.time.LocalDate;
import org.shouwang.identification.StepData;

/**
 * One step's form as the API receives it: {@code version} is the case version the user saw; the other fields are read
 * by the step that needs them.
 */
public record StepForm(Integer version, String comment, String findings, String meetingType, Integer votesFor,
        Integer votesAgainst, String minutes, Long jointCaseId, LocalDate start, LocalDate end, String objections,
        Boolean approve, String opinion) {

    /** Longest text a field takes: minutes run to a page or two, never to a book. */
    static final int MAX_TEXT = 5000;

    void apply(EliminationCase c, EliminationStep step, EliminationCase.Actor actor) {
        for (String s : new String[] {comment, findings, minutes, objections, opinion}) {
            require(s == null || s.length() <= MAX_TEXT, "TEXT_TOO_LONG", "单项文字不能超过 " + MAX_TEXT + " 字");
        }
        switch (step) {
            case HOME_CHECK -> c.recordHomeCheck(actor, findings, comment);
            case DEMOCRATIC_REVIEW -> c.recordDemocraticReview(actor, new EliminationCase.Review(parsedMeetingType(), votesFor,
                    votesAgainst, minutes, jointCaseId), comment);
            case PUBLICITY -> c.recordPublicity(actor, start, end, objections, comment);
            case TOWNSHIP_REVIEW -> c.recordTownshipReview(actor, approve, opinion, comment);
            case COUNTY_APPROVAL -> c.recordCountyApproval(actor, approve, opinion, comment);
            case ANNOUNCEMENT -> c.announce(actor, comment);
            case PROPOSE -> throw new Refused("STEP_UNKNOWN", "风险消除已提出，不能再次提出");
        }
    }

    private StepData.MeetingType parsedMeetingType() {
        if (meetingType == null || meetingType.isBlank()) {
            return null;
        }
        try {
            return StepData.MeetingType.valueOf(meetingType.strip());
        } catch (IllegalArgumentException e) {
            throw new Refused("MEETING_TYPE_UNKNOWN", "会议形式不正确");
        }
    }
}
