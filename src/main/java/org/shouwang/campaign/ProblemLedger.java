package org.shouwang.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.UserAccount;
import org.shouwang.access.Users;
import org.shouwang.campaign.internal.ProblemStore;
import org.shouwang.registry.Regions;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 问题台账's use cases: record a problem, read it, and take its steps, always within the user's region scope. */
@Service
public class ProblemLedger {

    private final ProblemStore store;
    private final Regions regions;
    private final Users users;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProblemLedger(ProblemStore store, Regions regions, Users users, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public ProblemDetail record(ProblemDraft draft, CurrentUser user) {
        return refusing(() -> {
            ProblemRules.requireRecorder(user);
            if (draft == null) {
                throw ProblemRefused.because("DRAFT_REQUIRED", "请填写问题信息");
            }
            String region = regionOf(draft, user);
            List<Violation> v = new ArrayList<>(draft.violations(LocalDate.now(clock)));
            checkCampaign(draft.campaignId(), region, v);
            checkResponsibleUser(draft.responsibleUsername(), region, v);
            ProblemRefused.requireValid(v);
            long id = store.insert(Problem.record(draft, region, user, clock));
            return detail(id, user);
        });
    }

    @Transactional(readOnly = true)
    public ProblemDetail detail(long id, CurrentUser user) {
        Problem p = load(id, user);
        return view(p, user);
    }

    @Transactional
    public ProblemDetail act(long id, ProblemTransition t, CurrentUser user) {
        return refusing(() -> {
            Problem p = load(id, user);
            if (t == null || t.version() == null) {
                throw ProblemRefused.because("VERSION_REQUIRED", "请求缺少版本号，请刷新后重新办理");
            }
            int version = p.state().version();
            if (t.version() != version) {
                throw changed();
            }
            ProblemAction action = ProblemText.enumOf(ProblemAction.class, t.action());
            p.act(action, t.comment(), t.report(), user, clock);
            try {
                store.update(p, version);
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                throw changed();
            }
            return detail(id, user);
        });
    }

    private Problem load(long id, CurrentUser user) {
        Problem p = store.byId(id).orElseThrow(() -> ProblemException.notFound("问题"));
        if (!user.covers(p.state().regionCode())) {
            throw ProblemException.notFound("问题");
        }
        return p;
    }

    private ProblemDetail view(Problem p, CurrentUser user) {
        Problem.State s = p.state();
        String regionName = regions.path(s.regionCode());
        String campaignName = s.campaignId() == null ? null : jdbc.sql("select name from campaign where id = ?")
                .param(s.campaignId()).query(String.class).optional().orElse(null);
        var household = s.householdId() == null ? null : jdbc.sql("select household_no, head_name from household where id = ?")
                .param(s.householdId()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElse(null);
        return new ProblemDetail(s.id(), s.campaignId(), campaignName, s.source(), s.source().label(), s.category(),
                s.category().label(), s.description(), s.regionCode(), regionName, s.householdId(),
                household == null ? null : household[0], household == null ? null : household[1], s.responsibleUnit(),
                s.responsiblePerson(), s.responsibleUsername(), s.deadline(), p.overdue(LocalDate.now(clock)), s.status(),
                s.status().label(), s.measures(), s.evidence(), s.attachments(), s.foundOn(), s.recordedBy(),
                s.recordedAt(), s.closedOn(), s.version(), actions(s, user), store.events(s.id()));
    }

    /** The steps the UI offers; the aggregate checks them again when taken. */
    static List<ProblemAction> actions(Problem.State s, CurrentUser user) {
        List<ProblemAction> a = new ArrayList<>();
        boolean rectifier = ProblemRules.mayRectify(user, s.regionCode(), s.responsibleUsername());
        if (rectifier && s.status() == ProblemStatus.OPEN) {
            a.add(ProblemAction.START);
        }
        if (rectifier && (s.status() == ProblemStatus.OPEN || s.status() == ProblemStatus.RECTIFYING)) {
            a.add(ProblemAction.REPORT);
        }
        if (s.status() == ProblemStatus.SUBMITTED && ProblemRules.mayReview(user, s.regionCode(), s.reportedBy())) {
            a.add(ProblemAction.CLOSE);
            a.add(ProblemAction.RETURN);
        }
        return a;
    }

    /** A household's problem belongs to its village; otherwise the region given, which must be the county or below. */
    private String regionOf(ProblemDraft d, CurrentUser user) {
        if (d.householdId() != null) {
            String village = jdbc.sql("select region_code from household where id = ?").param(d.householdId())
                    .query(String.class).optional().orElse(null);
            if (village == null || !user.covers(village)) {
                throw ProblemException.notFound("农户");
            }
            return village;
        }
        if (d.regionCode() == null || !RegionCode.isValid(d.regionCode().strip())) {
            ProblemRefused.requireValid(d.violations(LocalDate.now(clock)));
        }
        String code = d.regionCode().strip();
        var region = regions.byCode(code).filter(r -> user.covers(r.code()))
                .orElseThrow(() -> ProblemException.notFound("区划"));
        if (region.level() < 3) {
            throw ProblemRefused.because("REGION_TOO_HIGH", "问题须落到县、乡镇或村");
        }
        return code;
    }

    private void checkCampaign(Long campaignId, String region, List<Violation> v) {
        if (campaignId == null) {
            return;
        }
        String root = jdbc.sql("select region_code from campaign where id = ?").param(campaignId).query(String.class)
                .optional().orElse(null);
        if (root == null || !new RegionCode(root).covers(region)) {
            v.add(new Violation("campaignId", "CAMPAIGN_OUTSIDE", "所选排查活动不存在或不包含问题所在区域"));
        }
    }

    private void checkResponsibleUser(String username, String region, List<Violation> v) {
        if (username == null || username.isBlank()) {
            return;
        }
        UserAccount account = users.byUsername(username.strip()).orElse(null);
        if (account == null || !account.enabled() || !new RegionCode(account.regionCode()).covers(region)) {
            v.add(new Violation("responsibleUsername", "RESPONSIBLE_USER_INVALID", "责任人账号不存在或不负责问题所在区域"));
        }
    }

    static ProblemException changed() {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT", "该问题已被他人办理，请刷新后重新办理");
    }

    static <T> T refusing(Supplier<T> action) {
        try {
            return action.get();
        } catch (ProblemRefused r) {
            HttpStatus status = r.roleRefusal() ? HttpStatus.FORBIDDEN
                    : r.code().equals("STATUS_NOT_ALLOWED") ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
            throw new ProblemException(status, r.code(), r.getMessage(), r.violations());
        }
    }
}
