package org.shouwang.identification;

import static org.shouwang.identification.CaseDocuments.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.shouwang.registry.Monitoring;
import org.shouwang.registry.MonitoringCategory;

/** The wording of each document, from the case's step records; see {@link CaseDocuments} for what may appear where. */
final class DocumentPages {

    /** Risk type labels of DOMAIN.md 3.4; the catalogue lives in assistance, which depends on this module. */
    private static final Map<String, String> RISKS = Map.ofEntries(Map.entry("ILLNESS", "因病"),
            Map.entry("DISABILITY", "因残"), Map.entry("EDUCATION", "因学"), Map.entry("DISASTER", "因灾"),
            Map.entry("ACCIDENT", "因意外事故"), Map.entry("INDUSTRY_FAILURE", "因产业项目失败"),
            Map.entry("UNSTABLE_EMPLOYMENT", "因务工就业不稳"), Map.entry("LABOUR_SHORTAGE", "缺劳动力"),
            Map.entry("MEDICAL_EXPENSE", "大病大额医疗支出"), Map.entry("OTHER", "其他"));

    private final IdentificationCase c;
    private final Monitoring.Household h;
    private final CaseDocuments.Place place;
    private final String object;
    private final DateTimeFormatter day;
    private final java.time.ZoneId zone;

    DocumentPages(IdentificationCase c, Monitoring.Household h, CaseDocuments.Place place, String object,
            DateTimeFormatter day, java.time.ZoneId zone) {
        this.zone = zone;
        this.c = c;
        this.h = h;
        this.place = place;
        this.object = object;
        this.day = day;
    }

    String publicityNotice(StepRecord review, StepRecord publicity, int publicityDays) {
        LocalDate start = publicity == null ? on(review) : LocalDate.parse(text(publicity.details(), "start"));
        LocalDate end = publicity == null ? start.plusDays(publicityDays) : LocalDate.parse(text(publicity.details(), "end"));
        MonitoringCategory category = c.category() != null ? c.category() : c.suggestedCategory();
        return new DocumentHtml(place.village() + "拟纳入" + object + "公示")
                .para("根据防止返贫动态监测和帮扶工作要求，经农户申请、入户核查，并经" + text(review.details(), "meetingTypeLabel")
                        + "民主评议，拟将以下农户纳入" + object + "，现予以公示。")
                .list(new String[] {"序号", "户主姓名", "所在村", "拟认定类别"},
                        List.<String[]>of(new String[] {"1", h.headName(), place.village(), label(category)}))
                .para("公示时间：" + start.format(day) + "至" + end.format(day) + "（不少于 " + publicityDays + " 天）。"
                        + "公示期间，如有异议，请以书面或口头形式向" + place.village() + "村民委员会或" + place.township() + "反映。")
                .sign(place.village() + "村民委员会", start.format(day))
                .render();
    }

    String reviewRecord(StepRecord review) {
        Map<String, Object> d = review.details();
        Object attendees = d.get("attendees");
        StringBuilder names = new StringBuilder();
        if (attendees instanceof List<?> list) {
            for (Object a : list) {
                if (a instanceof Map<?, ?> m) {
                    names.append(names.isEmpty() ? "" : "、").append(m.get("name")).append("（").append(m.get("roleLabel")).append("）");
                }
            }
        }
        boolean passed = Boolean.TRUE.equals(d.get("passed"));
        return new DocumentHtml(place.village() + object + "识别民主评议记录")
                .form("评议对象", h.headName() + "户（" + place.village() + "）", "会议形式", text(d, "meetingTypeLabel"),
                        "会议时间", on(review).format(day), "参会人员", names.toString(),
                        "表决结果", "赞成 " + text(d, "votesFor") + " 票，反对 " + text(d, "votesAgainst") + " 票",
                        "评议结论", passed ? "通过，拟纳入" + object + "，进行村内公示" : "未通过，不予纳入",
                        "会议记录", text(d, "minutes"), "记录人", review.actor())
                .sign("主持人（签字）：", "记录人（签字）：", place.village() + "村民委员会（盖章）")
                .render();
    }

    String townshipForm(StepRecord township, StepRecord check, StepRecord review, StepRecord publicity,
            StepRecord comparison) {
        Map<String, Object> cmp = comparison == null ? Map.of() : comparison.details();
        String compared = Boolean.TRUE.equals(cmp.get("dibaoExempt"))
                ? "低保户半年内已比对（" + text(cmp, "dibaoComparedOn") + "），免于比对"
                : "车辆：" + text(cmp, "vehicles") + "；房产：" + text(cmp, "housing") + "；工商注册："
                        + text(cmp, "businessRegistration") + "；财政供养人员：" + text(cmp, "publicEmployee")
                        + (text(cmp, "other") == null ? "" : "；其他：" + text(cmp, "other"));
        return new DocumentHtml(place.township() + object + "识别乡镇审核表")
                .form("户主姓名", h.headName(), "户编号", h.householdNo(), "所在村", place.township() + place.village(),
                        "入户核查情况", check == null ? null : text(check.details(), "findings"),
                        "民主评议", review == null ? null : on(review).format(day) + " " + text(review.details(), "meetingTypeLabel")
                                + "，赞成 " + text(review.details(), "votesFor") + " 票，反对 " + text(review.details(), "votesAgainst") + " 票",
                        "村内公示", publicity == null ? null : text(publicity.details(), "start") + " 至 " + text(publicity.details(), "end")
                                + "；异议情况：" + orNone(text(publicity.details(), "objections")),
                        "信息比对", comparison == null ? null : compared,
                        "乡镇审核结果", Boolean.TRUE.equals(township.details().get("approve")) ? "同意" : "不同意",
                        "乡镇审核意见", text(township.details(), "opinion"),
                        "审核人 / 日期", township.actor() + " / " + on(township).format(day))
                .sign(place.township() + "人民政府（盖章）", on(township).format(day))
                .render();
    }

    String countyForm(StepRecord county, StepRecord township) {
        Map<String, Object> d = county.details();
        boolean approved = Boolean.TRUE.equals(d.get("approve"));
        Object risks = d.get("riskTypes");
        StringBuilder riskLabels = new StringBuilder();
        if (risks instanceof List<?> list) {
            for (Object r : list) {
                riskLabels.append(riskLabels.isEmpty() ? "" : "、").append(RISKS.getOrDefault(String.valueOf(r), String.valueOf(r)));
            }
        }
        return new DocumentHtml(place.county() + object + "识别县级审定表")
                .form("户主姓名", h.headName(), "户编号", h.householdNo(), "所在地", place.township() + place.village(),
                        "乡镇审核意见", township == null ? null : text(township.details(), "opinion"),
                        "县级审定结果", approved ? "同意纳入" + object : "不同意纳入",
                        "认定类别", approved ? label(c.category()) : null,
                        "风险类型", approved ? riskLabels.toString() : null,
                        "类别调整理由", text(d, "categoryReason"),
                        "县级审定意见", text(d, "opinion"),
                        "审定人 / 日期", county.actor() + " / " + on(county).format(day))
                .sign(place.county() + "防止返贫监测帮扶工作领导小组（盖章）", on(county).format(day))
                .render();
    }

    String announcement(StepRecord announced, MonitoringCategory category) {
        return new DocumentHtml("关于" + place.village() + object + "认定结果的公告")
                .para("经农户申请、入户核查、村级民主评议和公示、乡镇审核、县级审定，以下农户纳入" + object + "，现予公告。")
                .list(new String[] {"序号", "户主姓名", "所在村", "类别"},
                        List.<String[]>of(new String[] {"1", h.headName(), place.village(), label(category)}))
                .para("对公告内容如有异议，请向" + place.township() + "人民政府反映。")
                .sign(place.township() + "人民政府", on(announced).format(day))
                .render();
    }

    private static String label(MonitoringCategory category) {
        return category == null ? null : category.label();
    }

    private static String orNone(String s) {
        return s == null ? "无" : s;
    }

    private LocalDate on(StepRecord r) {
        return r.at().atZoneSameInstant(zone).toLocalDate();
    }
}
