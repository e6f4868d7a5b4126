package org.shouwang.elimination;

import org.shouwang.shared.Refused;
import static org.shouwang.shared.Refused.require;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.access.Role;

/**
 * One household's elimination procedure (issue 4, point 9), guarding its order of steps and who may take them:
 * proposed → 入户核实 → 民主评议 → 公示 → 乡镇审核 → 县级审批 → 公告. Plain Java with the clock and the profile's
 * publicity days handed in.
 */
public final class EliminationCase {

    /** Who takes a step: the signed-in user's name and role. */
    public record Actor(String username, Role role) {
    }

    static final Set<Role> VILLAGE = EnumSet.of(Role.VILLAGE_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER, Role.COUNTY_ADMIN);
    static final Set<Role> TOWNSHIP = EnumSet.of(Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER, Role.COUNTY_ADMIN);
    static final Set<Role> COUNTY = EnumSet.of(Role.COUNTY_REVIEWER, Role.COUNTY_ADMIN);

    private final Long id;
    private final long householdId;
    private final String regionCode;
    private final EliminationMethod method;
    private final Eligibility eligibility;
    private final Clock clock;
    private final int publicityDays;
    private final int version;
    private final List<Transition> steps;
    private EliminationState state;
    private String outcomeReason;
    private LocalDate eliminatedOn;

    private EliminationCase(Long id, long householdId, String regionCode, EliminationMethod method, Eligibility eligibility,
            EliminationState state, int version, List<Transition> steps, Clock clock, int publicityDays) {
        this.id = id;
        this.householdId = householdId;
        this.regionCode = regionCode;
        this.method = method;
        this.eligibility = eligibility;
        this.state = state;
        this.version = version;
        this.steps = new ArrayList<>(steps);
        this.clock = clock;
        this.publicityDays = publicityDays;
    }

    /** A new procedure; refused unless the eligibility check found every condition met. */
    public static EliminationCase propose(long householdId, String regionCode, Eligibility eligibility, Actor actor,
            String comment, Clock clock, int publicityDays) {
        allow(actor, VILLAGE);
        require(eligibility != null && eligibility.eligible(), "NOT_ELIGIBLE", "该户尚不符合风险消除条件："
                + (eligibility == null ? "" : String.join("；", eligibility.reasons().stream()
                        .filter(r -> r.verdict() == Verdict.FAIL || r.verdict() == Verdict.TO_CONFIRM)
                        .map(r -> r.condition() + "（" + r.explanation() + "）").toList())));
        var c = new EliminationCase(null, householdId, regionCode, eligibility.method(), eligibility, EliminationState.PROPOSED,
                0, List.of(), clock, publicityDays);
        c.steps.add(new Transition(EliminationStep.PROPOSE.name(), actor.username(), actor.role(), OffsetDateTime.now(clock),
                trim(comment), EliminationState.PROPOSED.name(), EliminationState.PROPOSED.name(),
                details("method", eligibility.method().name(), "methodLabel", eligibility.method().label())));
        return c;
    }

    public static EliminationCase restore(long id, long householdId, String regionCode, EliminationMethod method,
            Eligibility eligibility, EliminationState state, String outcomeReason, LocalDate eliminatedOn, int version,
            List<Transition> steps, Clock clock, int publicityDays) {
        var c = new EliminationCase(id, householdId, regionCode, method, eligibility, state, version, steps, clock, publicityDays);
        c.outcomeReason = outcomeReason;
        c.eliminatedOn = eliminatedOn;
        return c;
    }

    public void recordHomeCheck(Actor actor, String findings, String comment) {
        check(actor, EliminationStep.HOME_CHECK, VILLAGE, EliminationState.PROPOSED, "须先提出风险消除");
        require(notBlank(findings), "FINDINGS_REQUIRED", "请填写入户核实情况");
        move(actor, EliminationStep.HOME_CHECK, comment, EliminationState.HOME_CHECKED, details("findings", findings.strip()));
    }

    /**
     * 民主评议; {@code jointCaseId} names the identification case reviewed in the same meeting (DOMAIN.md 4.5 allows
     * one meeting for both), so the record shows it.
     */
    public void recordDemocraticReview(Actor actor, Review r, String comment) {
        check(actor, EliminationStep.DEMOCRATIC_REVIEW, VILLAGE, EliminationState.HOME_CHECKED, "须先完成入户核实");
        require(r != null && r.meetingType() != null, "MEETING_TYPE_REQUIRED", "请选择会议形式（村民会议、村民代表会议或村两委扩大会议）");
        require(r.votesFor() != null && r.votesAgainst() != null && r.votesFor() >= 0 && r.votesAgainst() >= 0
                && r.votesFor() + r.votesAgainst() > 0 && r.votesFor() + r.votesAgainst() <= 10_000,
                "VOTES_INVALID", "赞成票和反对票须为非负整数，合计大于 0");
        require(notBlank(r.minutes()), "MINUTES_REQUIRED", "请填写会议记录");
        boolean passed = r.votesFor() > r.votesAgainst();
        Map<String, Object> d = details("meetingType", r.meetingType().name(), "meetingTypeLabel", r.meetingType().label(),
                "votesFor", r.votesFor(), "votesAgainst", r.votesAgainst(), "minutes", r.minutes().strip(),
                "jointIdentificationCaseId", r.jointCaseId(), "passed", passed);
        if (passed) {
            move(actor, EliminationStep.DEMOCRATIC_REVIEW, comment, EliminationState.REVIEWED, d);
        } else {
            end(actor, EliminationStep.DEMOCRATIC_REVIEW, comment, "民主评议未通过（赞成 " + r.votesFor() + " 票，反对 "
                    + r.votesAgainst() + " 票）", d);
        }
    }

    public void recordPublicity(Actor actor, LocalDate start, LocalDate end, String objections, String comment) {
        check(actor, EliminationStep.PUBLICITY, VILLAGE, EliminationState.REVIEWED, "须先完成民主评议");
        require(start != null && end != null, "PUBLICITY_DATES_REQUIRED", "请填写公示开始和结束日期");
        LocalDate reviewed = doneOn(EliminationStep.DEMOCRATIC_REVIEW);
        require(!start.isBefore(reviewed), "PUBLICITY_BEFORE_REVIEW", "公示须在民主评议（" + reviewed + "）之后开始");
        require(ChronoUnit.DAYS.between(start, end) >= publicityDays, "PUBLICITY_TOO_SHORT", "公示时间不少于 " + publicityDays + " 天");
        require(!end.isAfter(LocalDate.now(clock)), "PUBLICITY_NOT_OVER", "公示至 " + end + " 结束，结束后才能登记公示结果");
        move(actor, EliminationStep.PUBLICITY, comment, EliminationState.PUBLICIZED, details("start", start.toString(),
                "end", end.toString(), "objections", trim(objections)));
    }

    public void recordTownshipReview(Actor actor, Boolean approve, String opinion, String comment) {
        check(actor, EliminationStep.TOWNSHIP_REVIEW, TOWNSHIP, EliminationState.PUBLICIZED, "须先完成村内公示");
        decide(actor, EliminationStep.TOWNSHIP_REVIEW, approve, opinion, comment, EliminationState.TOWNSHIP_APPROVED, "乡镇审核");
    }

    public void recordCountyApproval(Actor actor, Boolean approve, String opinion, String comment) {
        check(actor, EliminationStep.COUNTY_APPROVAL, COUNTY, EliminationState.TOWNSHIP_APPROVED, "须先完成乡镇审核");
        decide(actor, EliminationStep.COUNTY_APPROVAL, approve, opinion, comment, EliminationState.COUNTY_APPROVED, "县级审批");
    }

    /** 公告: the household's risk is eliminated from today. */
    public void announce(Actor actor, String comment) {
        check(actor, EliminationStep.ANNOUNCEMENT, COUNTY, EliminationState.COUNTY_APPROVED, "须先完成县级审批");
        eliminatedOn = LocalDate.now(clock);
        move(actor, EliminationStep.ANNOUNCEMENT, comment, EliminationState.ANNOUNCED, details("method", method.name(),
                "methodLabel", method.label(), "eliminatedOn", eliminatedOn.toString()));
    }

    private void decide(Actor actor, EliminationStep step, Boolean approve, String opinion, String comment,
            EliminationState next, String name) {
        require(approve != null, "DECISION_REQUIRED", "请选择同意或不同意");
        require(notBlank(opinion), "OPINION_REQUIRED", "请填写审核意见");
        Map<String, Object> d = details("approve", approve, "opinion", opinion.strip());
        if (approve) {
            move(actor, step, comment, next, d);
        } else {
            end(actor, step, comment, name + "未通过：" + opinion.strip(), d);
        }
    }

    /** The day a step was last recorded, or null. */
    public LocalDate doneOn(EliminationStep step) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).step().equals(step.name())) {
                return steps.get(i).at().atZoneSameInstant(clock.getZone()).toLocalDate();
            }
        }
        return null;
    }

    private void check(Actor actor, EliminationStep step, Set<Role> roles, EliminationState expected, String orderMessage) {
        if (state.closed()) {
            throw new Refused("CASE_CLOSED", "该风险消除已办结（" + state.label() + "），不能再办理");
        }
        allow(actor, roles);
        if (state != expected) {
            boolean past = state.ordinal() > expected.ordinal();
            throw new Refused(past ? "STEP_ALREADY_DONE" : "STEP_OUT_OF_ORDER", past ? "已完成" + step.label() : orderMessage);
        }
    }

    private static void allow(Actor actor, Set<Role> roles) {
        if (actor == null || actor.role() == null || !roles.contains(actor.role())) {
            throw new Refused("ROLE_NOT_ALLOWED", "您的角色（" + (actor == null || actor.role() == null ? "未知"
                    : actor.role().label()) + "）不能办理这一步", true);
        }
    }

    private void move(Actor actor, EliminationStep step, String comment, EliminationState after, Map<String, Object> d) {
        steps.add(new Transition(step.name(), actor.username(), actor.role(), OffsetDateTime.now(clock), trim(comment),
                state.name(), after.name(), d));
        state = after;
    }

    private void end(Actor actor, EliminationStep step, String comment, String reason, Map<String, Object> d) {
        outcomeReason = reason;
        move(actor, step, comment, EliminationState.REJECTED, d);
    }

    static Map<String, Object> details(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The review meeting's record. */
    public record Review(org.shouwang.identification.StepData.MeetingType meetingType, Integer votesFor,
            Integer votesAgainst, String minutes, Long jointCaseId) {
    }

    public Long id() { return id; }
    public long householdId() { return householdId; }
    public String regionCode() { return regionCode; }
    public EliminationMethod method() { return method; }
    public Eligibility eligibility() { return eligibility; }
    public EliminationState state() { return state; }
    public String outcomeReason() { return outcomeReason; }
    public LocalDate eliminatedOn() { return eliminatedOn; }
    public int version() { return version; }
    public List<Transition> steps() { return List.copyOf(steps); }
    public LocalDate proposedOn() { return doneOn(EliminationStep.PROPOSE); }

    public Transition lastStep() {
        return steps.get(steps.size() - 1);
    }
}
