package org.shouwang.identification;

import org.shouwang.shared.Refused;
import static org.shouwang.identification.StepData.details;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.access.Role;
import org.shouwang.registry.MonitoringCategory;

/**
 * One household's identification case, guarding its own order of steps and who may take them (issue 4, point 1).
 * Plain Java: the clock and the profile's publicity days are handed in, so the rules are tested without Spring.
 */
public final class IdentificationCase {

    /** Who takes a step: the signed-in user's name and role. */
    public record Actor(String username, Role role) {
    }

    static final Set<Role> VILLAGE = EnumSet.of(Role.VILLAGE_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER, Role.COUNTY_ADMIN);
    static final Set<Role> TOWNSHIP = EnumSet.of(Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER, Role.COUNTY_ADMIN);
    static final Set<Role> COUNTY = EnumSet.of(Role.COUNTY_REVIEWER, Role.COUNTY_ADMIN);
    static final int MAX_RISK_TYPES = 5;

    private final Long id;
    private final long householdId;
    private final String regionCode;
    private final Long clueId;
    private final MonitoringCategory suggestedCategory;
    private final Clock clock;
    private final int publicityDays;
    private final List<StepRecord> steps;
    private CaseState state;
    private MonitoringCategory category;
    private List<String> riskTypes = List.of();
    private String outcomeReason;
    private final int version;

    private IdentificationCase(Long id, long householdId, String regionCode, Long clueId, MonitoringCategory suggested,
            Clock clock, int publicityDays, List<StepRecord> steps, CaseState state, int version) {
        this.id = id;
        this.householdId = householdId;
        this.regionCode = regionCode;
        this.clueId = clueId;
        this.suggestedCategory = suggested;
        this.clock = clock;
        this.publicityDays = publicityDays;
        this.steps = new ArrayList<>(steps);
        this.state = state;
        this.version = version;
    }

    /** A new case, its opening recorded as the first transition. */
    public static IdentificationCase open(long householdId, String regionCode, Long clueId, MonitoringCategory suggested,
            Actor actor, String comment, Clock clock, int publicityDays) {
        return open(householdId, regionCode, clueId, suggested, null, actor, comment, clock, publicityDays);
    }

    /** The same, keeping why the category was suggested on the opening transition. */
    public static IdentificationCase open(long householdId, String regionCode, Long clueId, MonitoringCategory suggested,
            String suggestionReason, Actor actor, String comment, Clock clock, int publicityDays) {
        var c = new IdentificationCase(null, householdId, regionCode, clueId, suggested, clock, publicityDays, List.of(),
                CaseState.OPENED, 0);
        c.steps.add(new StepRecord(CaseStep.OPEN, actor.username(), actor.role(), OffsetDateTime.now(clock), comment,
                CaseState.OPENED, CaseState.OPENED, details("clueId", clueId,
                        "suggestedCategory", suggested == null ? null : suggested.label(), "suggestionReason", suggestionReason)));
        return c;
    }

    /** A stored case as it was; the outcome fields are restored from the stored row. */
    public static IdentificationCase restore(long id, long householdId, String regionCode, Long clueId,
            MonitoringCategory suggested, CaseState state, MonitoringCategory category, List<String> riskTypes,
            String outcomeReason, int version, List<StepRecord> steps, Clock clock, int publicityDays) {
        var c = new IdentificationCase(id, householdId, regionCode, clueId, suggested, clock, publicityDays, steps, state, version);
        c.category = category;
        c.riskTypes = riskTypes == null ? List.of() : List.copyOf(riskTypes);
        c.outcomeReason = outcomeReason;
        return c;
    }

    public void recordApplication(Actor actor, StepData.Application a, String comment) {
        check(actor, CaseStep.APPLICATION, VILLAGE, CaseState.OPENED, "该案件已受理申请");
        require(a != null && a.commitmentSigned(), "COMMITMENT_MISSING", "须有农户签字的承诺书");
        require(a.authorisationSigned(), "AUTHORISATION_MISSING", "须有农户签字的信息查询授权书，它是信息比对的依据");
        move(actor, CaseStep.APPLICATION, comment, CaseState.APPLIED, details("commitmentSigned", true,
                "authorisationSigned", true, "evidence", trim(a.evidence())));
    }

    public void recordHomeCheck(Actor actor, StepData.HomeCheck h, String comment) {
        check(actor, CaseStep.HOME_CHECK, VILLAGE, CaseState.APPLIED, "须先受理农户申请（承诺授权书）");
        require(h != null && notBlank(h.findings()), "FINDINGS_REQUIRED", "请填写入户核查情况");
        move(actor, CaseStep.HOME_CHECK, comment, CaseState.HOME_CHECKED, details("findings", h.findings().strip()));
    }

    public void recordDemocraticReview(Actor actor, StepData.DemocraticReview r, String comment) {
        check(actor, CaseStep.DEMOCRATIC_REVIEW, VILLAGE, CaseState.HOME_CHECKED, "须先完成入户核查");
        require(r != null && r.meetingType() != null, "MEETING_TYPE_REQUIRED", "请选择会议形式（村民会议、村民代表会议或村两委扩大会议）");
        List<StepData.Attendee> attendees = r.attendees() == null ? List.of() : r.attendees();
        require(attendees.stream().allMatch(a -> a != null && notBlank(a.name()) && a.role() != null),
                "ATTENDEE_INVALID", "每位参会人员须填写姓名和身份");
        require(attendees.stream().anyMatch(a -> a.role() == StepData.AttendeeRole.GROUP_LEADER),
                "ATTENDEES_MISSING_GROUP_LEADER", "申请户所在村民小组的组长须参加民主评议");
        require(attendees.stream().anyMatch(a -> a.role() == StepData.AttendeeRole.GRID_WORKER),
                "ATTENDEES_MISSING_GRID_WORKER", "申请户所在网格的网格员须参加民主评议");
        require(r.votesFor() != null && r.votesAgainst() != null && r.votesFor() >= 0 && r.votesAgainst() >= 0
                && r.votesFor() + r.votesAgainst() > 0 && r.votesFor() + r.votesAgainst() <= attendees.size(),
                "VOTES_INVALID", "赞成票和反对票须为非负整数，合计大于 0 且不超过参会人数");
        require(notBlank(r.minutes()), "MINUTES_REQUIRED", "请填写会议记录");
        boolean passed = r.votesFor() > r.votesAgainst();
        Map<String, Object> d = details("meetingType", r.meetingType().name(), "meetingTypeLabel", r.meetingType().label(),
                "attendees", attendees.stream().map(a -> Map.of("name", a.name().strip(), "role", a.role().name(),
                        "roleLabel", a.role().label())).toList(),
                "votesFor", r.votesFor(), "votesAgainst", r.votesAgainst(), "minutes", r.minutes().strip(), "passed", passed);
        if (passed) {
            move(actor, CaseStep.DEMOCRATIC_REVIEW, comment, CaseState.REVIEWED, d);
        } else {
            end(actor, CaseStep.DEMOCRATIC_REVIEW, comment, "民主评议未通过（赞成 " + r.votesFor() + " 票，反对 " + r.votesAgainst() + " 票）", d);
        }
    }

    public void recordPublicity(Actor actor, StepData.Publicity p, String comment) {
        check(actor, CaseStep.PUBLICITY, VILLAGE, CaseState.REVIEWED, "须先完成民主评议");
        require(p != null && p.start() != null && p.end() != null, "PUBLICITY_DATES_REQUIRED", "请填写公示开始和结束日期");
        LocalDate reviewed = doneOn(CaseStep.DEMOCRATIC_REVIEW);
        require(!p.start().isBefore(reviewed), "PUBLICITY_BEFORE_REVIEW", "公示须在民主评议（" + reviewed + "）之后开始");
        require(ChronoUnit.DAYS.between(p.start(), p.end()) >= publicityDays, "PUBLICITY_TOO_SHORT",
                "公示时间不少于 " + publicityDays + " 天");
        require(!p.end().isAfter(today()), "PUBLICITY_NOT_OVER", "公示至 " + p.end() + " 结束，结束后才能登记公示结果");
        move(actor, CaseStep.PUBLICITY, comment, CaseState.PUBLICIZED, details("start", p.start().toString(),
                "end", p.end().toString(), "objections", trim(p.objections())));
    }

    /** Runs alongside review and publicity: any time after the authorisation is signed, before the township review. */
    public void recordDataComparison(Actor actor, StepData.DataComparison d, String comment) {
        refuseClosed();
        allow(actor, VILLAGE);
        require(state != CaseState.OPENED, "STEP_OUT_OF_ORDER", "须先受理农户申请（承诺授权书），授权后才能比对");
        require(!comparisonDone(), "STEP_ALREADY_DONE", "该案件已完成信息比对");
        require(d != null, "COMPARISON_INCOMPLETE", "请填写比对结果");
        if (d.dibaoExempt()) {
            require(d.dibaoComparedOn() != null && !d.dibaoComparedOn().isAfter(today())
                    && !d.dibaoComparedOn().isBefore(today().minusMonths(6)), "DIBAO_COMPARISON_TOO_OLD",
                    "低保户半年内已比对的才可免于比对，请填写半年内的比对日期");
        } else {
            require(notBlank(d.vehicles()) && notBlank(d.housing()) && notBlank(d.businessRegistration())
                    && notBlank(d.publicEmployee()), "COMPARISON_INCOMPLETE", "请填写车辆、房产、工商注册和财政供养人员的比对结果");
        }
        steps.add(new StepRecord(CaseStep.DATA_COMPARISON, actor.username(), actor.role(), OffsetDateTime.now(clock),
                trim(comment), state, state, details("vehicles", trim(d.vehicles()), "housing", trim(d.housing()),
                        "businessRegistration", trim(d.businessRegistration()), "publicEmployee", trim(d.publicEmployee()),
                        "other", trim(d.other()), "dibaoExempt", d.dibaoExempt(),
                        "dibaoComparedOn", d.dibaoComparedOn() == null ? null : d.dibaoComparedOn().toString())));
    }

    public void recordTownshipReview(Actor actor, StepData.Review r, String comment) {
        check(actor, CaseStep.TOWNSHIP_REVIEW, TOWNSHIP, CaseState.PUBLICIZED, "须先完成村内公示");
        require(comparisonDone(), "COMPARISON_PENDING", "须先完成信息比对");
        decision(r == null ? null : r.approve(), r == null ? null : r.opinion());
        Map<String, Object> d = details("approve", r.approve(), "opinion", r.opinion().strip());
        if (r.approve()) {
            move(actor, CaseStep.TOWNSHIP_REVIEW, comment, CaseState.TOWNSHIP_APPROVED, d);
        } else {
            end(actor, CaseStep.TOWNSHIP_REVIEW, comment, "乡镇审核未通过：" + r.opinion().strip(), d);
        }
    }

    public void recordCountyApproval(Actor actor, StepData.CountyApproval a, String comment) {
        check(actor, CaseStep.COUNTY_APPROVAL, COUNTY, CaseState.TOWNSHIP_APPROVED, "须先完成乡镇审核");
        decision(a == null ? null : a.approve(), a == null ? null : a.opinion());
        if (!a.approve()) {
            end(actor, CaseStep.COUNTY_APPROVAL, comment, "县级审定未通过：" + a.opinion().strip(),
                    details("approve", false, "opinion", a.opinion().strip()));
            return;
        }
        MonitoringCategory chosen = CaseRules.category(a.category());
        if (suggestedCategory != null && chosen != suggestedCategory) {
            require(notBlank(a.categoryReason()), "CATEGORY_REASON_REQUIRED",
                    "所选类别与建议类别（" + suggestedCategory.label() + "）不同，请说明理由");
        }
        List<String> risks = CaseRules.riskTypes(a.riskTypes());
        category = chosen;
        riskTypes = risks;
        move(actor, CaseStep.COUNTY_APPROVAL, comment, CaseState.COUNTY_APPROVED, details("approve", true,
                "opinion", a.opinion().strip(), "category", chosen.name(), "categoryLabel", chosen.label(),
                "suggestedCategory", suggestedCategory == null ? null : suggestedCategory.name(),
                "categoryReason", trim(a.categoryReason()), "riskTypes", risks));
    }

    public void announce(Actor actor, String comment) {
        check(actor, CaseStep.ANNOUNCEMENT, COUNTY, CaseState.COUNTY_APPROVED, "须先完成县级审定");
        move(actor, CaseStep.ANNOUNCEMENT, comment, CaseState.ANNOUNCED, details("category", category.name()));
    }

    /**
     * 绿色通道 ([002], [004]): from the opening until the county approves, so assistance starts first and the procedure
     * is completed afterwards; the state does not move.
     */
    public void openGreenChannel(Actor actor, StepData.GreenChannel g, String comment) {
        refuseClosed();
        allow(actor, VILLAGE);
        require(state.ordinal() < CaseState.COUNTY_APPROVED.ordinal(), "GREEN_CHANNEL_TOO_LATE",
                "县级已审定，无需再开启绿色通道");
        require(!greenChannel(), "GREEN_CHANNEL_ALREADY_OPEN", "该案件已开启绿色通道");
        List<String> risks = CaseRules.greenChannelRisks(g == null ? null : g.riskTypes());
        String reason = CaseRules.greenChannelReason(g.reason());
        steps.add(new StepRecord(CaseStep.GREEN_CHANNEL, actor.username(), actor.role(), OffsetDateTime.now(clock),
                trim(comment), state, state, details("riskTypes", risks, "reason", reason)));
    }

    /** 告知申请人: once, on a case that ended 不予纳入, on or after the day it ended and not in the future. */
    public void informApplicant(Actor actor, StepData.Informing i, String comment) {
        allow(actor, VILLAGE);
        require(state == CaseState.NOT_INCLUDED, "INFORM_NOT_APPLICABLE", "只有不予纳入的案件需要告知申请人");
        require(doneOn(CaseStep.INFORM) == null, "STEP_ALREADY_DONE", "已告知申请人，不能重复登记");
        CaseRules.checkInforming(i, closedAt().atZoneSameInstant(clock.getZone()).toLocalDate(), today());
        steps.add(new StepRecord(CaseStep.INFORM, actor.username(), actor.role(), OffsetDateTime.now(clock), trim(comment),
                state, state, details("informedOn", i.on().toString(), "method", i.method().name(),
                        "methodLabel", i.method().label(), "informedBy", i.by().strip())));
    }

    public boolean greenChannel() {
        return doneOn(CaseStep.GREEN_CHANNEL) != null;
    }

    /** The facts the green channel was opened on, or null. */
    public String greenChannelReason() {
        return steps.stream().filter(s -> s.step() == CaseStep.GREEN_CHANNEL).map(s -> (String) s.details().get("reason"))
                .findFirst().orElse(null);
    }

    /** A case that ended 不予纳入 and whose applicant has not been told yet: work still pending for the village. */
    public boolean informPending() {
        return state == CaseState.NOT_INCLUDED && doneOn(CaseStep.INFORM) == null;
    }

    /** When the case reached its end (later records such as informing do not move it), or null while open. */
    public OffsetDateTime closedAt() {
        return steps.stream().filter(s -> s.after().closed()).map(StepRecord::at).findFirst().orElse(null);
    }

    /** The day a step was last recorded, or null. */
    public LocalDate doneOn(CaseStep step) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).step() == step) {
                return steps.get(i).at().atZoneSameInstant(clock.getZone()).toLocalDate();
            }
        }
        return null;
    }

    public boolean comparisonDone() {
        return doneOn(CaseStep.DATA_COMPARISON) != null;
    }

    private void check(Actor actor, CaseStep step, Set<Role> roles, CaseState expected, String orderMessage) {
        refuseClosed();
        allow(actor, roles);
        if (state != expected) {
            throw new Refused(state.ordinal() > expected.ordinal() ? "STEP_ALREADY_DONE" : "STEP_OUT_OF_ORDER",
                    state.ordinal() > expected.ordinal() ? "该案件已完成" + step.label() : orderMessage);
        }
    }

    private void refuseClosed() {
        if (state.closed()) {
            throw new Refused("CASE_CLOSED", "该案件已办结（" + state.label() + "），不能再办理");
        }
    }

    private static void allow(Actor actor, Set<Role> roles) {
        if (actor == null || actor.role() == null || !roles.contains(actor.role())) {
            throw new Refused("ROLE_NOT_ALLOWED", "您的角色（" + (actor == null || actor.role() == null ? "未知"
                    : actor.role().label()) + "）不能办理这一步", true);
        }
    }

    private static void decision(Boolean approve, String opinion) {
        require(approve != null, "DECISION_REQUIRED", "请选择同意或不同意");
        require(notBlank(opinion), "OPINION_REQUIRED", "请填写审核意见");
    }

    private void move(Actor actor, CaseStep step, String comment, CaseState after, Map<String, Object> d) {
        steps.add(new StepRecord(step, actor.username(), actor.role(), OffsetDateTime.now(clock), trim(comment), state, after, d));
        state = after;
    }

    private void end(Actor actor, CaseStep step, String comment, String reason, Map<String, Object> d) {
        outcomeReason = reason;
        move(actor, step, comment, CaseState.NOT_INCLUDED, d);
    }

    static void require(boolean ok, String code, String message) {
        if (!ok) {
            throw new Refused(code, message);
        }
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public Long id() { return id; }
    public long householdId() { return householdId; }
    public String regionCode() { return regionCode; }
    public Long clueId() { return clueId; }
    public MonitoringCategory suggestedCategory() { return suggestedCategory; }
    public CaseState state() { return state; }
    public MonitoringCategory category() { return category; }
    public List<String> riskTypes() { return riskTypes; }
    public String outcomeReason() { return outcomeReason; }
    public int version() { return version; }
    public List<StepRecord> steps() { return List.copyOf(steps); }
    public LocalDate openedOn() { return doneOn(CaseStep.OPEN); }

    public StepRecord lastStep() {
        return steps.get(steps.size() - 1);
    }
}
