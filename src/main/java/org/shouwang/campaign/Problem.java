package org.shouwang.campaign;

import static org.shouwang.campaign.ProblemRefused.require;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;

/**
 * One entry of the 问题台账. It guards its own state machine: 待整改 → 整改中 → 已报整改 → 已销号, a refused review
 * going back to 整改中 with its reasons; each step checks who may take it (see {@link ProblemRules}) and leaves an
 * event with the status and fields before and after.
 */
public final class Problem {

    /** What is stored of a problem; the store reads and writes it, the aggregate changes it. */
    public record State(Long id, Long campaignId, ProblemSource source, ProblemCategory category, String description,
            String regionCode, Long householdId, String responsibleUnit, String responsiblePerson,
            String responsibleUsername, LocalDate deadline, ProblemStatus status, String measures, String evidence,
            List<String> attachments, LocalDate foundOn, String recordedBy, OffsetDateTime recordedAt,
            LocalDate closedOn, String reportedBy, int version) {
    }

    private State state;
    private final List<ProblemEvent> pending = new ArrayList<>();

    private Problem(State state) {
        this.state = state;
    }

    public static Problem of(State state) {
        return new Problem(state);
    }

    /** A new problem of {@code regionCode} (the household's village when it concerns a household). */
    public static Problem record(ProblemDraft d, String regionCode, CurrentUser actor, Clock clock) {
        ProblemRules.requireRecorder(actor);
        LocalDate today = LocalDate.now(clock);
        ProblemRefused.requireValid(d.violations(today));
        var p = new Problem(new State(null, d.campaignId(), ProblemText.enumOf(ProblemSource.class, d.source()),
                ProblemText.enumOf(ProblemCategory.class, d.category()), d.description().strip(), regionCode,
                d.householdId(), d.responsibleUnit().strip(), ProblemText.clean(d.responsiblePerson()),
                ProblemText.clean(d.responsibleUsername()), d.deadline(), ProblemStatus.OPEN, null, null, List.of(),
                d.foundOn() == null ? today : d.foundOn(), actor.username(), OffsetDateTime.now(clock), null, null, 0));
        p.pending.add(new ProblemEvent(ProblemAction.RECORD, actor.username(), actor.role(), OffsetDateTime.now(clock),
                null, null, ProblemStatus.OPEN, Map.of()));
        return p;
    }

    /** Takes one step; refuses when the status does not allow it or the user may not take it. */
    public void act(ProblemAction action, String comment, RectificationReport report, CurrentUser user, Clock clock) {
        require(action != null && action != ProblemAction.RECORD, "ACTION_UNKNOWN", "没有这个办理步骤");
        List<org.shouwang.shared.Violation> commentRules = new ArrayList<>();
        ProblemText.check(commentRules, "comment", comment, 500, false, "意见");
        ProblemRefused.requireValid(commentRules);
        ProblemStatus before = state.status();
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        switch (action) {
            case START -> {
                ProblemRules.requireRectifier(user, state.regionCode(), state.responsibleUsername());
                requireStatus(action, ProblemStatus.OPEN);
                state = with(ProblemStatus.RECTIFYING, state.measures(), state.evidence(), state.attachments(), null,
                        state.reportedBy());
            }
            case REPORT -> {
                ProblemRules.requireRectifier(user, state.regionCode(), state.responsibleUsername());
                requireStatus(action, ProblemStatus.OPEN, ProblemStatus.RECTIFYING);
                require(report != null, "REPORT_REQUIRED", "请填写整改措施和整改佐证");
                ProblemRefused.requireValid(report.violations());
                was.putAll(fields(state.measures(), state.evidence(), state.attachments()));
                state = with(ProblemStatus.SUBMITTED, report.measures().strip(), report.evidence().strip(),
                        report.cleanAttachments(), null, user.username());
                now.putAll(fields(state.measures(), state.evidence(), state.attachments()));
            }
            case CLOSE -> {
                ProblemRules.requireReviewer(user, state.regionCode(), state.reportedBy());
                requireStatus(action, ProblemStatus.SUBMITTED);
                LocalDate today = LocalDate.now(clock);
                state = with(ProblemStatus.CLOSED, state.measures(), state.evidence(), state.attachments(), today,
                        state.reportedBy());
                now.put("closedOn", today.toString());
            }
            case RETURN -> {
                ProblemRules.requireReviewer(user, state.regionCode(), state.reportedBy());
                requireStatus(action, ProblemStatus.SUBMITTED);
                require(comment != null && !comment.isBlank(), "REASONS_REQUIRED", "退回时请写明不予销号的理由");
                state = with(ProblemStatus.RECTIFYING, state.measures(), state.evidence(), state.attachments(), null,
                        state.reportedBy());
            }
            default -> throw ProblemRefused.because("ACTION_UNKNOWN", "没有这个办理步骤");
        }
        pending.add(new ProblemEvent(action, user.username(), user.role(), OffsetDateTime.now(clock),
                ProblemText.clean(comment), before, state.status(), changes(was, now)));
    }

    /** Overdue: the deadline has passed and the problem is not yet closed. */
    public boolean overdue(LocalDate today) {
        return state.status() != ProblemStatus.CLOSED && state.deadline().isBefore(today);
    }

    public State state() {
        return state;
    }

    /** Events taken since the problem was loaded, for the store to append. */
    public List<ProblemEvent> pendingEvents() {
        return List.copyOf(pending);
    }

    private void requireStatus(ProblemAction action, ProblemStatus... allowed) {
        for (ProblemStatus s : allowed) {
            if (state.status() == s) {
                return;
            }
        }
        throw ProblemRefused.because("STATUS_NOT_ALLOWED",
                "问题当前为“" + state.status().label() + "”，不能" + action.label());
    }

    private State with(ProblemStatus status, String measures, String evidence, List<String> attachments,
            LocalDate closedOn, String reportedBy) {
        State s = state;
        return new State(s.id(), s.campaignId(), s.source(), s.category(), s.description(), s.regionCode(),
                s.householdId(), s.responsibleUnit(), s.responsiblePerson(), s.responsibleUsername(), s.deadline(),
                status, measures, evidence, attachments, s.foundOn(), s.recordedBy(), s.recordedAt(), closedOn,
                reportedBy, s.version());
    }

    private static Map<String, Object> fields(String measures, String evidence, List<String> attachments) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measures", measures);
        m.put("evidence", evidence);
        m.put("attachments", attachments);
        return m;
    }

    private static Map<String, Object> changes(Map<String, Object> before, Map<String, Object> after) {
        if (before.isEmpty() && after.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("before", before);
        c.put("after", after);
        return c;
    }
}
