package org.shouwang.reporting.internal;

import static org.shouwang.reporting.internal.LedgerColumn.Format.DATE;
import static org.shouwang.reporting.internal.LedgerColumn.Format.ID_NUMBER;
import static org.shouwang.reporting.internal.LedgerColumn.Format.NUMBER;
import static org.shouwang.reporting.internal.LedgerColumn.Format.PHONE;
import static org.shouwang.reporting.internal.LedgerColumn.Format.YES_NO;
import static org.shouwang.reporting.internal.LedgerColumn.codes;
import static org.shouwang.reporting.internal.LedgerColumn.label;
import static org.shouwang.reporting.internal.LedgerColumn.labels;
import static org.shouwang.reporting.internal.LedgerColumn.of;
import static org.shouwang.reporting.internal.LedgerColumn.text;

import java.util.List;
import java.util.Map;
import org.shouwang.access.Role;
import org.shouwang.assistance.GuaranteeGap;
import org.shouwang.assistance.IncomeChange;
import org.shouwang.assistance.MeasureCategory;
import org.shouwang.assistance.MeasureStatus;
import org.shouwang.assistance.RiskType;
import org.shouwang.assistance.VisitMode;
import org.shouwang.elimination.EliminationMethod;
import org.shouwang.elimination.EliminationState;
import org.shouwang.elimination.RequestKind;
import org.shouwang.elimination.RequestReason;
import org.shouwang.elimination.RequestState;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.reporting.LedgerKind;

/** The SQL read models of the six standard ledgers (issue 5 point 7), over the tables the other modules keep. */
public final class LedgerDefinitions {

    private static final String VILLAGE = " join region v on v.code = h.region_code left join region t on t.code = v.parent_code";
    private static final String CONTACTS = " " + """
             left join lateral (select string_agg(cp.name || '（' || cp.unit || '）', '、' order by cp.id) as names,
                 string_agg(cp.phone, '、' order by cp.id) as phones
                 from contact_person cp where cp.household_id = h.id and cp.ended_on is null) cp on true""";

    private static final LedgerColumn NO = text("户编号", "h.household_no");
    private static final LedgerColumn HEAD = text("户主", "h.head_name");
    private static final LedgerColumn HEAD_ID = of("户主身份证号", "h.head_id_number", ID_NUMBER);
    private static final LedgerColumn PHONE_NO = of("联系电话", "h.phone", PHONE);
    private static final LedgerColumn TOWNSHIP = text("乡镇", "t.name");
    private static final LedgerColumn VILLAGE_NAME = text("村", "v.name");

    /** The problem ledger's codes, as the campaign module labels them (table problem, V30). */
    static final Map<String, String> PROBLEM_SOURCES = Map.of("CAMPAIGN", "集中排查", "CROSS_CHECK", "交叉检查",
            "UNANNOUNCED_INSPECTION", "暗访", "EVALUATION", "考核评估", "OTHER", "其他");
    static final Map<String, String> PROBLEM_CATEGORIES = Map.of("IDENTIFICATION_INACCURATE", "识别不精准",
            "ASSISTANCE_INADEQUATE", "帮扶措施不到位", "DATA_INACCURATE", "信息数据不准确", "VISITS_INADEQUATE", "走访不到位",
            "POLICY_NOT_IMPLEMENTED", "政策落实不到位", "OTHER", "其他");
    static final Map<String, String> PROBLEM_STATES = Map.of("OPEN", "待整改", "RECTIFYING", "整改中", "SUBMITTED",
            "已报整改", "CLOSED", "已销号");
    /** The columns the problem ledger reads; a table without them is treated as absent. */
    public static final List<String> PROBLEM_COLUMNS = List.of("id", "source", "category", "description", "region_code",
            "household_id", "responsible_unit", "responsible_person", "deadline", "status", "measures", "found_on",
            "closed_on");

    private LedgerDefinitions() {
    }

    public static LedgerDefinition definition(LedgerKind kind) {
        return switch (kind) {
            case MONITORED -> monitored();
            case ALLEVIATED -> alleviated();
            case MEASURES -> measures();
            case VISITS -> visits();
            case ELIMINATIONS -> eliminations();
            case PROBLEMS -> problems();
        };
    }

    /** Monitored households (风险未消除 and 风险已消除; 清退 ones were never rightly monitored), with the announced case. */
    static LedgerDefinition monitored() {
        String from = "household h" + VILLAGE + " " + """
                 left join lateral (select c.closed_at::date as included_on,
                     (select string_agg(x, ',') from jsonb_array_elements_text(c.risk_types) x) as risk_types
                     from identification_case c where c.household_id = h.id and c.state = 'ANNOUNCED'
                     order by c.closed_at desc, c.id desc limit 1) ic on true
                 left join lateral (select e.method, e.eliminated_on from elimination_case e
                     where e.household_id = h.id and e.state = 'ANNOUNCED'
                     order by e.eliminated_on desc nulls last, e.id desc limit 1) el on true""" + CONTACTS;
        String eliminated = "h.monitoring_status = 'RISK_ELIMINATED'";
        return new LedgerDefinition(LedgerKind.MONITORED, from, "h.monitoring_status in ('RISK_ACTIVE', 'RISK_ELIMINATED')",
                "h.region_code", "ic.included_on", "h.id", "h.region_code, h.household_no", List.of(NO, HEAD, HEAD_ID,
                PHONE_NO, TOWNSHIP, VILLAGE_NAME, label("户类型", "h.household_type", codes(HouseholdType.class)),
                of("家庭人口", "h.member_count", NUMBER),
                label("监测对象类别", "h.monitoring_category", codes(MonitoringCategory.class)),
                labels("风险类型", "ic.risk_types", codes(RiskType.class)), of("纳入时间", "ic.included_on", DATE),
                label("监测状态", "h.monitoring_status", codes(MonitoringStatus.class)),
                of("风险是否消除", eliminated, YES_NO),
                label("消除方式", "case when " + eliminated + " then el.method end", codes(EliminationMethod.class)),
                of("消除时间", "case when " + eliminated + " then el.eliminated_on end", DATE),
                of("人均纯收入（元）", "h.per_capita_income", NUMBER), text("帮扶联系人", "cp.names"),
                of("联系人电话", "cp.phones", PHONE)));
    }

    static LedgerDefinition alleviated() {
        return new LedgerDefinition(LedgerKind.ALLEVIATED, "household h" + VILLAGE + CONTACTS,
                "h.household_type = 'POVERTY_ALLEVIATED'", "h.region_code", null, "h.id", "h.region_code, h.household_no",
                List.of(NO, HEAD, HEAD_ID, PHONE_NO, TOWNSHIP, VILLAGE_NAME, of("家庭人口", "h.member_count", NUMBER),
                        of("脱贫年份", "h.poverty_exit_year", NUMBER), of("易地扶贫搬迁", "h.relocated", YES_NO),
                        text("安置区", "h.relocation_site"), of("人均纯收入（元）", "h.per_capita_income", NUMBER),
                        label("监测状态", "h.monitoring_status", codes(MonitoringStatus.class)),
                        label("监测对象类别", "h.monitoring_category", codes(MonitoringCategory.class)),
                        text("帮扶责任人", "cp.names"), of("联系人电话", "cp.phones", PHONE)));
    }

    static LedgerDefinition measures() {
        return new LedgerDefinition(LedgerKind.MEASURES, "assistance_measure m join household h on h.id = m.household_id"
                + VILLAGE + " left join member mb on mb.id = m.member_id", null, "h.region_code", "m.start_on", "h.id",
                "h.region_code, h.household_no, m.start_on, m.id", List.of(NO, HEAD, HEAD_ID, TOWNSHIP, VILLAGE_NAME,
                text("帮扶对象", "coalesce(mb.name, '全户')"),
                label("措施类别", "m.category", codes(MeasureCategory.class)), text("帮扶项目", "m.item"),
                labels("针对风险类型", "m.risk_types", codes(RiskType.class)), of("开始日期", "m.start_on", DATE),
                of("结束日期", "m.end_on", DATE), of("金额（元）", "m.amount", NUMBER),
                label("落实状态", "m.status", codes(MeasureStatus.class)), of("落实日期", "m.delivered_on", DATE),
                text("责任单位", "m.responsible_unit"), text("备注", "m.note")));
    }

    /** Every visit as recorded (append-only): a correction is its own row naming the record it corrects. */
    static LedgerDefinition visits() {
        return new LedgerDefinition(LedgerKind.VISITS, "visit x join household h on h.id = x.household_id"
                + " join region v on v.code = x.region_code left join region t on t.code = v.parent_code", null,
                "x.region_code", "x.visit_date", "h.id", "x.region_code, x.visit_date, x.id", List.of(
                text("记录编号", "x.id::text"), NO, HEAD, TOWNSHIP, VILLAGE_NAME, of("走访日期", "x.visit_date", DATE),
                label("走访方式", "x.mode", codes(VisitMode.class)), text("走访人", "x.visitor_name"),
                label("走访人角色", "x.visitor_role", codes(Role.class)),
                of("见到本人或联系上", "x.household_reached", YES_NO), text("走访情况", "x.findings"),
                label("收入变化", "x.income_change", codes(IncomeChange.class)),
                labels("三保障和饮水安全问题", "x.guarantee_gaps", codes(GuaranteeGap.class)),
                labels("风险类型", "x.risk_types", codes(RiskType.class)), of("上报线索", "x.raise_clue", YES_NO),
                text("线索原因", "x.clue_reason"),
                text("更正", "case when x.corrects_visit_id is not null then '更正记录 ' || x.corrects_visit_id end")));
    }

    /** Elimination procedures, rollbacks (回退) and removals (清退), one row each, in the region where they were opened. */
    static LedgerDefinition eliminations() {
        String from = """
                (select e.household_id, e.region_code, 'CASE' as item, e.method as way, e.state,
                     e.opened_at::date as started_on, e.eliminated_on as done_on, null as document,
                     e.outcome_reason as note from elimination_case e
                 union all
                 select r.household_id, r.region_code, r.kind, r.reason_code, r.state, r.requested_at::date,
                     r.decided_at::date, r.document, r.reasons from elimination_request r) x
                 join household h on h.id = x.household_id join region v on v.code = x.region_code
                 left join region t on t.code = v.parent_code""";
        Map<String, String> items = new java.util.HashMap<>(codes(RequestKind.class));
        items.put("CASE", "风险消除");
        return new LedgerDefinition(LedgerKind.ELIMINATIONS, from, null, "x.region_code", "x.started_on", "h.id",
                "x.region_code, x.started_on, h.household_no", List.of(NO, HEAD, HEAD_ID, TOWNSHIP, VILLAGE_NAME,
                label("事项", "x.item", Map.copyOf(items)),
                label("消除方式或申请原因", "x.way", codes(EliminationMethod.class, RequestReason.class)),
                label("办理状态", "x.state", codes(EliminationState.class, RequestState.class)),
                of("发起日期", "x.started_on", DATE), of("消除或审批日期", "x.done_on", DATE),
                text("书面申请", "x.document"), text("说明", "x.note")));
    }

    /** 问题台账 over the campaign module's table {@code problem} (V30), read only when it exists. */
    static LedgerDefinition problems() {
        String from = "problem p join region r on r.code = p.region_code left join household h on h.id = p.household_id";
        return new LedgerDefinition(LedgerKind.PROBLEMS, from, null, "p.region_code", "p.found_on", "p.household_id",
                "p.region_code, p.found_on, p.id", List.of(text("问题编号", "p.id::text"),
                of("发现日期", "p.found_on", DATE), label("问题来源", "p.source", PROBLEM_SOURCES),
                label("问题类别", "p.category", PROBLEM_CATEGORIES), text("问题描述", "p.description"),
                text("地区", "r.name"), NO, HEAD, text("责任单位", "p.responsible_unit"),
                text("责任人", "p.responsible_person"), of("整改时限", "p.deadline", DATE),
                label("整改状态", "p.status", PROBLEM_STATES),
                of("是否逾期", "p.status <> 'CLOSED' and p.deadline < current_date", YES_NO),
                text("整改措施", "p.measures"), of("销号日期", "p.closed_on", DATE)));
    }
}
