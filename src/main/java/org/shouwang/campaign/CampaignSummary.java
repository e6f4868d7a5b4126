package org.shouwang.campaign;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shouwang.access.CurrentUser;
import org.shouwang.assistance.RiskType;
import org.shouwang.campaign.internal.SummaryQueries;
import org.shouwang.campaign.internal.SummaryQueries.Figure;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.Regions;
import org.shouwang.shared.RegionCode;
import org.shouwang.shared.SheetExport;
import org.springframework.stereotype.Component;

/**
 * The campaign summary (issue 5 point 5) per township: screened, flagged, newly identified by category and risk
 * type, rolled back, problems found and fixed; as JSON, .xlsx and a printable A4 page.
 */
@Component
public class CampaignSummary {

    private final Campaigns campaigns;
    private final SummaryQueries queries;
    private final Regions regions;

    CampaignSummary(Campaigns campaigns, SummaryQueries queries, Regions regions) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.regions = regions;
    }

    public record Line(String regionCode, String regionName, long households, long screened, long flagged,
            long identified, Map<String, Long> byCategory, Map<String, Long> byRiskType, long rolledBack,
            Long problemsFound, Long problemsFixed) {
    }

    /** {@code problemsTracked} is false until the 问题台账 exists; the problem columns are null then. */
    public record Summary(Campaign campaign, List<Line> rows, Line total, List<String> categories, List<String> riskTypes,
            boolean problemsTracked) {
    }

    public Summary summary(long id, CurrentUser user) {
        Campaign c = campaigns.visible(id, user);
        RegionCode part = CampaignAssignments.part(c, user);
        List<Figure> figures = new ArrayList<>(queries.figures(id, part.low(), part.high()));
        List<Figure> problems = queries.problems(id, part.low(), part.high());
        boolean tracked = problems != null;
        if (tracked) {
            figures.addAll(problems);
        }
        Map<String, String> names = new TreeMap<>();
        for (String[] t : queries.townships(part.low(), part.high())) {
            names.put(t[0].substring(0, 9), t[1]);
        }
        for (Figure f : figures) {
            names.computeIfAbsent(f.township(), p -> regions.byCode(p + "000").map(Regions.Region::name).orElse(p));
        }
        List<Line> rows = new ArrayList<>();
        names.forEach((prefix, name) -> rows.add(line(prefix + "000", name,
                figures.stream().filter(f -> f.township().equals(prefix)).toList(), tracked)));
        Line total = line(part.value(), c.regionName(), figures, tracked);
        return new Summary(c, rows, total, labels(MonitoringCategory.values()), labels(RiskType.values()), tracked);
    }

    private static Line line(String code, String name, List<Figure> figures, boolean tracked) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<String, Long> byRisk = new LinkedHashMap<>();
        long[] n = new long[7];
        for (Figure f : figures) {
            switch (f.kind()) {
                case "households" -> n[0] += f.count();
                case "screened" -> n[1] += f.count();
                case "flagged" -> n[2] += f.count();
                case "category" -> {
                    n[3] += f.count();
                    byCategory.merge(CampaignProgress.label(MonitoringCategory.class, f.key()), f.count(), Long::sum);
                }
                case "riskType" -> byRisk.merge(CampaignProgress.label(RiskType.class, f.key()), f.count(), Long::sum);
                case "rolledBack" -> n[4] += f.count();
                case "problems" -> n[5] += f.count();
                case "problemsFixed" -> n[6] += f.count();
                default -> throw new IllegalStateException(f.kind());
            }
        }
        return new Line(code, name, n[0], n[1], n[2], n[3], byCategory, byRisk, n[4], tracked ? n[5] : null,
                tracked ? n[6] : null);
    }

    private static List<String> labels(org.shouwang.shared.Labelled[] values) {
        return java.util.Arrays.stream(values).map(org.shouwang.shared.Labelled::label).toList();
    }

    /** The header of the sheet and of the printed table. */
    static List<String> headers(Summary s) {
        List<String> h = new ArrayList<>(List.of("乡镇", "排查范围（户）", "已排查（户）", "需启动识别认定（户）", "新识别监测对象（户）"));
        s.categories().forEach(cat -> h.add("其中：" + cat));
        s.riskTypes().forEach(r -> h.add("风险类型：" + r));
        h.addAll(List.of("风险消除回退（户）", "发现问题（个）", "已整改（个）"));
        return h;
    }

    static List<Object> cells(Summary s, Line l) {
        List<Object> v = new ArrayList<>(List.of(l.regionName() == null ? l.regionCode() : l.regionName(), l.households(),
                l.screened(), l.flagged(), l.identified()));
        s.categories().forEach(cat -> v.add(l.byCategory().getOrDefault(cat, 0L)));
        s.riskTypes().forEach(r -> v.add(l.byRiskType().getOrDefault(r, 0L)));
        v.add(l.rolledBack());
        v.add(l.problemsFound() == null ? "未接入" : l.problemsFound());
        v.add(l.problemsFixed() == null ? "未接入" : l.problemsFixed());
        return v;
    }

    public void exportXlsx(long id, CurrentUser user, OutputStream out) {
        Summary s = summary(id, user);
        List<List<Object>> rows = new ArrayList<>();
        s.rows().forEach(l -> rows.add(cells(s, l)));
        List<Object> total = cells(s, s.total());
        total.set(0, "合计");
        rows.add(total);
        SheetExport.write("排查总结", headers(s), rows, out);
    }

    public String printable(long id, CurrentUser user) {
        return SummaryPage.render(summary(id, user));
    }
}
