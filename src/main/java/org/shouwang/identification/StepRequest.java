package org.shouwang.identification;

import org.shouwang.shared.Refused;
import java.time.LocalDate;
import java.util.List;

/**
 * One step's form as the API receives it: {@code version} is the case version the user saw; the other fields are
 * read by the step that needs them and ignored by the rest.
 */
public record StepRequest(Integer version, String comment, Boolean commitmentSigned, Boolean authorisationSigned,
        String evidence, String findings, String meetingType, List<AttendeeInput> attendees, Integer votesFor,
        Integer votesAgainst, String minutes, LocalDate start, LocalDate end, String objections, String vehicles,
        String housing, String businessRegistration, String publicEmployee, String other, Boolean dibaoExempt,
        LocalDate dibaoComparedOn, Boolean approve, String opinion, String category, String categoryReason,
        List<String> riskTypes, String reason, LocalDate informedOn, String informMethod, String informedBy) {

    public record AttendeeInput(String name, String role) {
    }

    /** Longest text a field takes: meeting minutes run to a page or two, never to a book. */
    static final int MAX_TEXT = 5000;
    static final int MAX_LIST = 200;

    /** Applies this form to the case as {@code step}. */
    void apply(IdentificationCase c, CaseStep step, IdentificationCase.Actor actor) {
        checkSizes();
        switch (step) {
            case APPLICATION -> c.recordApplication(actor, new StepData.Application(Boolean.TRUE.equals(commitmentSigned),
                    Boolean.TRUE.equals(authorisationSigned), evidence), comment);
            case HOME_CHECK -> c.recordHomeCheck(actor, new StepData.HomeCheck(findings), comment);
            case DEMOCRATIC_REVIEW -> c.recordDemocraticReview(actor, new StepData.DemocraticReview(
                    parse(StepData.MeetingType.class, meetingType, "MEETING_TYPE_UNKNOWN", "会议形式不正确"),
                    attendees == null ? null : attendees.stream().map(a -> a == null ? null : new StepData.Attendee(a.name(),
                            parse(StepData.AttendeeRole.class, a.role(), "ATTENDEE_INVALID", "参会人员身份不正确"))).toList(),
                    votesFor, votesAgainst, minutes), comment);
            case PUBLICITY -> c.recordPublicity(actor, new StepData.Publicity(start, end, objections), comment);
            case DATA_COMPARISON -> c.recordDataComparison(actor, new StepData.DataComparison(vehicles, housing,
                    businessRegistration, publicEmployee, other, Boolean.TRUE.equals(dibaoExempt), dibaoComparedOn), comment);
            case TOWNSHIP_REVIEW -> c.recordTownshipReview(actor, new StepData.Review(approve, opinion), comment);
            case COUNTY_APPROVAL -> c.recordCountyApproval(actor, new StepData.CountyApproval(approve, opinion, category,
                    categoryReason, riskTypes), comment);
            case ANNOUNCEMENT -> c.announce(actor, comment);
            case GREEN_CHANNEL -> c.openGreenChannel(actor, new StepData.GreenChannel(riskTypes, reason), comment);
            case INFORM -> c.informApplicant(actor, new StepData.Informing(informedOn,
                    parse(StepData.InformMethod.class, informMethod, "INFORM_METHOD_UNKNOWN", "告知方式只能是书面、电话或当面"),
                    informedBy), comment);
            case OPEN -> throw new Refused("STEP_UNKNOWN", "案件已启动，不能再次启动");
        }
    }

    private void checkSizes() {
        for (String s : new String[] {comment, evidence, findings, minutes, objections, vehicles, housing,
                businessRegistration, publicEmployee, other, opinion, categoryReason, reason, informedBy}) {
            IdentificationCase.require(s == null || s.length() <= MAX_TEXT, "TEXT_TOO_LONG", "单项文字不能超过 " + MAX_TEXT + " 字");
        }
        IdentificationCase.require((attendees == null || attendees.size() <= MAX_LIST) && (riskTypes == null || riskTypes.size() <= MAX_LIST),
                "LIST_TOO_LONG", "列表项过多");
        if (attendees != null) {
            IdentificationCase.require(attendees.stream().allMatch(a -> a == null || a.name() == null || a.name().length() <= 50),
                    "ATTENDEE_INVALID", "参会人员姓名不能超过 50 字");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, String errorCode, String message) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException e) {
            throw new Refused(errorCode, message);
        }
    }
}
