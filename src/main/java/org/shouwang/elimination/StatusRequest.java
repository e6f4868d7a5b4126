package org.shouwang.elimination;

import org.shouwang.shared.Refused;
import static org.shouwang.elimination.EliminationCase.details;
import static org.shouwang.elimination.EliminationCase.notBlank;
import static org.shouwang.elimination.EliminationCase.trim;
import static org.shouwang.shared.Refused.require;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.Role;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;

/**
 * A written request, by village or township, to roll back an elimination (风险消除回退: back to 风险未消除) or to remove
 * a wrongly included household (监测对象清退: to 已清退, category cleared), decided by the county (issue 4, point 10).
 */
public final class StatusRequest {

    static final int MAX_TEXT = 2000;

    private final Long id;
    private final long householdId;
    private final String regionCode;
    private final RequestKind kind;
    private final RequestReason reason;
    private final String reasons;
    private final String document;
    private final MonitoringStatus statusBefore;
    private final MonitoringCategory categoryBefore;
    private final int version;
    private final Clock clock;
    private final List<Transition> steps;
    private RequestState state;

    private StatusRequest(Long id, long householdId, String regionCode, RequestKind kind, RequestReason reason,
            String reasons, String document, MonitoringStatus statusBefore, MonitoringCategory categoryBefore,
            RequestState state, int version, List<Transition> steps, Clock clock) {
        this.id = id;
        this.householdId = householdId;
        this.regionCode = regionCode;
        this.kind = kind;
        this.reason = reason;
        this.reasons = reasons;
        this.document = document;
        this.statusBefore = statusBefore;
        this.categoryBefore = categoryBefore;
        this.state = state;
        this.version = version;
        this.steps = new ArrayList<>(steps);
        this.clock = clock;
    }

    /** A new request; the household's status must allow what is asked. */
    public static StatusRequest request(long householdId, String regionCode, RequestKind kind, RequestReason reason,
            String reasons, String document, MonitoringStatus status, MonitoringCategory category,
            EliminationCase.Actor actor, Clock clock) {
        if (actor == null || !EliminationCase.VILLAGE.contains(actor.role())) {
            throw new Refused("ROLE_NOT_ALLOWED", "您的角色不能提出" + (kind == null ? "申请" : kind.label() + "申请"), true);
        }
        require(kind != null, "KIND_REQUIRED", "请选择风险消除回退或监测对象清退");
        require(reason != null && reason.fits(kind), "REASON_INVALID", "请选择" + kind.label() + "的理由");
        require(notBlank(reasons), "REASONS_REQUIRED", "请写明申请理由");
        require(notBlank(document), "DOCUMENT_REQUIRED", "请填写书面申请的文号或材料名称");
        require(reasons.length() <= MAX_TEXT && document.length() <= 200, "TEXT_TOO_LONG",
                "申请理由不超过 " + MAX_TEXT + " 字，文号不超过 200 字");
        if (kind == RequestKind.ROLLBACK) {
            require(status == MonitoringStatus.RISK_ELIMINATED, "NOT_ELIMINATED",
                    "只有风险已消除的农户才能回退，该户当前为“" + status.label() + "”");
        } else {
            require(status == MonitoringStatus.RISK_ACTIVE || status == MonitoringStatus.RISK_ELIMINATED, "NOT_MONITORED",
                    "只有监测对象才能清退，该户当前为“" + status.label() + "”");
        }
        var r = new StatusRequest(null, householdId, regionCode, kind, reason, reasons.strip(), document.strip(), status,
                category, RequestState.REQUESTED, 0, List.of(), clock);
        r.steps.add(new Transition("REQUEST", actor.username(), actor.role(), OffsetDateTime.now(clock), null,
                RequestState.REQUESTED.name(), RequestState.REQUESTED.name(), details("kind", kind.name(),
                        "reason", reason.name(), "reasonLabel", reason.label(), "reasons", r.reasons, "document", r.document,
                        "statusBefore", status.name())));
        return r;
    }

    public static StatusRequest restore(long id, long householdId, String regionCode, RequestKind kind, RequestReason reason,
            String reasons, String document, MonitoringStatus statusBefore, MonitoringCategory categoryBefore,
            RequestState state, int version, List<Transition> steps, Clock clock) {
        return new StatusRequest(id, householdId, regionCode, kind, reason, reasons, document, statusBefore, categoryBefore,
                state, version, steps, clock);
    }

    /** The county's decision; {@code current} is the household's status now, which must not have moved meanwhile. */
    public void decide(EliminationCase.Actor actor, Boolean approve, String opinion, MonitoringStatus current) {
        require(state == RequestState.REQUESTED, "REQUEST_DECIDED", "该申请已审批（" + state.label() + "）");
        if (actor == null || !EliminationCase.COUNTY.contains(actor.role())) {
            throw new Refused("ROLE_NOT_ALLOWED", "只有县级审核人员才能审批" + kind.label(), true);
        }
        require(approve != null, "DECISION_REQUIRED", "请选择同意或不同意");
        require(notBlank(opinion), "OPINION_REQUIRED", "请填写审批意见");
        require(opinion.length() <= MAX_TEXT, "TEXT_TOO_LONG", "审批意见不超过 " + MAX_TEXT + " 字");
        require(!approve || current == statusBefore, "STATUS_CHANGED",
                "提出申请后该户状态已变为“" + current.label() + "”，请重新提出申请");
        RequestState after = approve ? RequestState.APPROVED : RequestState.REFUSED;
        steps.add(new Transition("DECISION", actor.username(), actor.role(), OffsetDateTime.now(clock), trim(opinion),
                state.name(), after.name(), details("approve", approve, "opinion", opinion.strip(),
                        "statusBefore", current.name(), "statusAfter", approve ? statusAfter().name() : current.name())));
        state = after;
    }

    /** Where an approved request puts the household. */
    public MonitoringStatus statusAfter() {
        return kind == RequestKind.ROLLBACK ? MonitoringStatus.RISK_ACTIVE : MonitoringStatus.REMOVED;
    }

    /** The category after approval: kept on rollback, cleared on removal. */
    public MonitoringCategory categoryAfter() {
        return kind == RequestKind.ROLLBACK ? categoryBefore : null;
    }

    public Long id() { return id; }
    public long householdId() { return householdId; }
    public String regionCode() { return regionCode; }
    public RequestKind kind() { return kind; }
    public RequestReason reason() { return reason; }
    public String reasons() { return reasons; }
    public String document() { return document; }
    public MonitoringStatus statusBefore() { return statusBefore; }
    public MonitoringCategory categoryBefore() { return categoryBefore; }
    public RequestState state() { return state; }
    public int version() { return version; }
    public List<Transition> steps() { return List.copyOf(steps); }
}
