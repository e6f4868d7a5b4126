package org.shouwang.identification;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.shared.Labelled;

/** What each step records; kept as a map on the step record, so its shape can grow without a migration. */
public final class StepData {

    private StepData() {
    }

    /** 承诺授权: the applicant signed the commitment and the authorisation to query assets (the basis of comparison). */
    public record Application(boolean commitmentSigned, boolean authorisationSigned, String evidence) {
    }

    public record HomeCheck(String findings) {
    }

    public enum MeetingType implements Labelled {
        VILLAGERS_MEETING("村民会议"), REPRESENTATIVES_MEETING("村民代表会议"), ENLARGED_COMMITTEES("村两委扩大会议");

        private final String label;

        MeetingType(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum AttendeeRole implements Labelled {
        GROUP_LEADER("村民小组长"), GRID_WORKER("网格员"), VILLAGE_CADRE("村干部"), REPRESENTATIVE("村民代表"), OTHER("其他");

        private final String label;

        AttendeeRole(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record Attendee(String name, AttendeeRole role) {
    }

    public record DemocraticReview(MeetingType meetingType, List<Attendee> attendees, Integer votesFor,
            Integer votesAgainst, String minutes) {
    }

    public record Publicity(LocalDate start, LocalDate end, String objections) {
    }

    /**
     * 信息比对 results; a 低保 household compared within the last half year is exempt ({@code dibaoComparedOn} says when).
     */
    public record DataComparison(String vehicles, String housing, String businessRegistration, String publicEmployee,
            String other, boolean dibaoExempt, LocalDate dibaoComparedOn) {
    }

    public record Review(Boolean approve, String opinion) {
    }

    public record CountyApproval(Boolean approve, String opinion, String category, String categoryReason,
            List<String> riskTypes) {
    }

    /** 绿色通道: disaster, illness or accident with clear facts (DOMAIN.md 4.3); the reason states the facts. */
    public record GreenChannel(List<String> riskTypes, String reason) {
    }

    /** How the applicant was told the result of a case not included. */
    public enum InformMethod implements Labelled {
        WRITTEN("书面"), PHONE("电话"), IN_PERSON("当面");

        private final String label;

        InformMethod(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** 告知申请人: when, how and by whom the applicant learned the case ended 不予纳入. */
    public record Informing(LocalDate on, InformMethod method, String by) {
    }

    /** Builds a details map without nulls, in the order given. */
    static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                out.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return out;
    }
}
