package org.shouwang.elimination;

import static org.shouwang.elimination.Eliminations.refusing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.elimination.internal.EliminationStore;
import org.shouwang.elimination.internal.RequestStore;
import org.shouwang.registry.Monitoring;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.shared.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rollback (风险消除回退) and removal (监测对象清退) requests: written by village or township, decided by the county. */
@Service
public class EliminationRequests {

    public record NewRequest(Long householdId, String kind, String reasonCode, String reasons, String document) {
    }

    public record Decision(Integer version, Boolean approve, String opinion) {
    }

    public record Detail(long id, long householdId, String householdNo, String headName, String regionCode, RequestKind kind,
            String kindLabel, RequestReason reasonCode, String reasonLabel, String reasons, String document,
            RequestState state, String stateLabel, MonitoringStatus statusBefore, String statusBeforeLabel,
            MonitoringCategory categoryBefore, int version, OffsetDateTime requestedAt, OffsetDateTime decidedAt,
            List<Eliminations.Step> steps) {
    }

    private final RequestStore store;
    private final EliminationStore cases;
    private final Eligibilities eligibilities;
    private final Monitoring monitoring;
    private final Clock clock;

    EliminationRequests(RequestStore store, EliminationStore cases, Eligibilities eligibilities, Monitoring monitoring, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.eligibilities = eligibilities;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @Transactional
    public Detail request(NewRequest r, CurrentUser user) {
        if (r == null || r.householdId() == null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "HOUSEHOLD_REQUIRED", "请选择农户");
        }
        RequestKind kind = parse(RequestKind.class, r.kind(), "KIND_UNKNOWN", "申请类型只能是风险消除回退或监测对象清退");
        RequestReason reason = parse(RequestReason.class, r.reasonCode(), "REASON_INVALID", "申请理由代码不正确");
        Monitoring.Household h = eligibilities.visible(r.householdId(), user);
        if (kind == RequestKind.REMOVAL && cases.openFor(h.id()).isPresent()) {
            throw new ProblemException(HttpStatus.CONFLICT, "ELIMINATION_ALREADY_OPEN", "该户有办理中的风险消除，办结后才能申请清退");
        }
        StatusRequest req = refusing(() -> StatusRequest.request(h.id(), h.regionCode(), kind, reason, r.reasons(), r.document(),
                h.status(), h.category(), new EliminationCase.Actor(user.username(), user.role()), clock));
        try {
            return detail(store.find(store.insert(req)).orElseThrow());
        } catch (DuplicateKeyException e) {
            throw new ProblemException(HttpStatus.CONFLICT, "REQUEST_PENDING", "该户已有待审批的回退或清退申请");
        }
    }

    @Transactional
    public Detail decide(long id, Decision d, CurrentUser user) {
        RequestStore.Row row = visible(id, user);
        StatusRequest req = store.load(row, clock);
        if (d == null || d.version() == null || d.version() != req.version()) {
            throw Eliminations.changed();
        }
        Monitoring.Household h = monitoring.find(req.householdId()).orElseThrow();
        int known = req.steps().size();
        refusing(() -> {
            req.decide(new EliminationCase.Actor(user.username(), user.role()), d.approve(), d.opinion(), h.status());
            return req;
        });
        if (!store.update(req, known)) {
            throw Eliminations.changed();
        }
        if (req.state() == RequestState.APPROVED) {
            String source = (req.kind() == RequestKind.ROLLBACK ? "rollback:" : "removal:") + id;
            monitoring.mark(h.id(), req.statusAfter(), req.categoryAfter(), user.username(), source);
        }
        return detail(store.find(id).orElseThrow());
    }

    public Detail detail(long id, CurrentUser user) {
        return detail(visible(id, user));
    }

    Detail detail(RequestStore.Row r) {
        Monitoring.Household h = monitoring.find(r.householdId()).orElseThrow();
        List<Eliminations.Step> steps = store.load(r, clock).steps().stream().map(s -> new Eliminations.Step(s.step(),
                "REQUEST".equals(s.step()) ? "提出" + r.kind().label() + "申请" : "县级审批", s.actor(), s.role(),
                s.role().label(), s.at(), s.comment(), s.before(), s.after(), s.details())).toList();
        return new Detail(r.id(), r.householdId(), h.householdNo(), h.headName(), r.regionCode(), r.kind(), r.kind().label(),
                r.reason(), r.reason().label(), r.reasons(), r.document(), r.state(), r.state().label(), r.statusBefore(),
                r.statusBefore().label(), r.categoryBefore(), r.version(), r.requestedAt(), r.decidedAt(), steps);
    }

    private RequestStore.Row visible(long id, CurrentUser user) {
        return store.find(id).filter(r -> user.covers(r.regionCode())).orElseThrow(() -> ProblemException.notFound("申请"));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code, String errorCode, String message) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, errorCode, message);
        }
    }
}
