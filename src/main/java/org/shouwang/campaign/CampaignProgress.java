package org.shouwang.campaign;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.shouwang.access.CurrentUser;
import org.shouwang.campaign.internal.ProgressQueries;
import org.shouwang.campaign.internal.ProgressQueries.Row;
import org.shouwang.campaign.internal.ProgressQueries.Tally;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.shouwang.shared.SheetExport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress per county, township and village (households in scope, screened, flagged, forms with errors, pending, and
 * whether each keeps pace with the screening deadline), and 不落一户: the households not yet screened, listed and
 * exported at any moment.
 */
@Component
public class CampaignProgress {

    private final Campaigns campaigns;
    private final ProgressQueries queries;
    private final Clock clock;

    CampaignProgress(Campaigns campaigns, ProgressQueries queries, Clock clock) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.clock = clock;
    }

    public record Line(String regionCode, String regionName, long total, long screened, long flagged, long withErrors,
            long pending, double unscreenedShare, ProgressPace.Pace pace, String paceLabel, String paceReason) {
    }

    public record PhaseLine(int seq, String kind, String kindLabel, String name, LocalDate dueOn, Phase.Status status) {
    }

    public record Progress(String regionCode, int rowLevel, Line total, List<Line> rows, List<PhaseLine> phases,
            LocalDate today) {
    }

    public record Page(long total, int page, int size, List<Row> items) {
    }

    /** Rows one level below {@code region} (the user's part of the campaign when absent), laggards first. */
    public Progress progress(long id, String region, CurrentUser user) {
        Campaign c = campaigns.visible(id, user);
        RegionCode root = region(c, region, user);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = Phase.screeningDue(c.phases());
        int prefix = switch (root.level()) {
            case 1 -> 4;
            case 2 -> 6;
            case 3 -> 9;
            default -> 12;
        };
        List<Line> rows = new ArrayList<>();
        long[] sum = new long[4];
        for (Tally t : queries.tallies(id, root.low(), root.high(), prefix)) {
            rows.add(line(t.regionCode(), t.regionName(), t.total(), t.screened(), t.flagged(), t.withErrors(), c, due, today));
            sum[0] += t.total();
            sum[1] += t.screened();
            sum[2] += t.flagged();
            sum[3] += t.withErrors();
        }
        rows.sort(Comparator.comparingDouble(Line::unscreenedShare).reversed().thenComparing(Line::regionCode));
        Line total = line(root.value(), null, sum[0], sum[1], sum[2], sum[3], c, due, today);
        Phase.Status[] st = Phase.statuses(c.phases(), today);
        List<PhaseLine> phases = new ArrayList<>();
        for (int i = 0; i < c.phases().size(); i++) {
            Phase p = c.phases().get(i);
            phases.add(new PhaseLine(p.seq(), p.kind().name(), p.kind().label(), p.name(), p.dueOn(), st[i]));
        }
        return new Progress(root.value(), Math.min(root.level() + 1, 5), total, rows, phases, today);
    }

    private static Line line(String code, String name, long total, long screened, long flagged, long errors, Campaign c,
            LocalDate due, LocalDate today) {
        ProgressPace pace = ProgressPace.of(total, screened, c.startedOn(), due, today);
        double share = total == 0 ? 0 : Math.round((total - screened) * 10000.0 / total) / 10000.0;
        return new Line(code, name, total, screened, flagged, errors, total - screened, share, pace.pace(),
                pace.pace().label(), pace.reason());
    }

    public Page households(long id, String status, String region, String screener, int page, int size, CurrentUser user) {
        Campaign c = campaigns.visible(id, user);
        RegionCode root = region(c, region, user);
        String st = status(status);
        if (page < 0 || size < 1 || size > 200) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_PAGE", "页码须从 0 开始，每页 1 至 200 条");
        }
        String who = screener == null || screener.isBlank() ? null : screener.strip();
        long total = queries.count(id, root.low(), root.high(), st, who);
        return new Page(total, page, size, queries.page(id, root.low(), root.high(), st, who, page * size, size));
    }

    /** Checks the export may run (before any byte is written) and names its file. */
    public String unscreenedFileName(long id, String region, CurrentUser user) {
        Campaign c = campaigns.visible(id, user);
        RegionCode root = region(c, region, user);
        return c.name() + "-未排查农户-" + root.value() + ".xlsx";
    }

    /** 不落一户: the households of the region not yet screened, as .xlsx (no ID or phone numbers in it). */
    @Transactional(readOnly = true)
    public void exportUnscreened(long id, String region, CurrentUser user, OutputStream out) {
        Campaign c = campaigns.visible(id, user);
        RegionCode root = region(c, region, user);
        try (Stream<Row> rows = queries.stream(id, root.low(), root.high(), "PENDING")) {
            Iterable<List<Object>> lines = () -> rows.map(r -> List.<Object>of(r.householdNo(), nz(r.headName()),
                    nz(r.townshipName()), nz(r.villageName()), label(HouseholdType.class, r.householdType()),
                    label(MonitoringStatus.class, r.monitoringStatus()), label(AssignRule.class, r.assignRule()),
                    nz(r.screenerName() != null ? r.screenerName() : r.screener()))).iterator();
            SheetExport.write("未排查农户", List.of("户编号", "户主姓名", "乡镇", "村", "户类型", "监测状态", "分派规则", "排查人"),
                    lines, out);
        }
    }

    RegionCode region(Campaign c, String region, CurrentUser user) {
        RegionCode part = CampaignAssignments.part(c, user);
        if (region == null || region.isBlank()) {
            return part;
        }
        String code = region.strip();
        if (!RegionCode.isValid(code)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_REGION", "地区代码须为 12 位统计用区划代码");
        }
        if (!part.covers(code)) {
            throw ProblemException.notFound("地区");
        }
        return new RegionCode(code);
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!status.equals("PENDING") && !status.equals("SCREENED")) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_STATUS", "排查状态只能是 PENDING（未排查）或 SCREENED（已排查）");
        }
        return status;
    }

    static <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        return Labelled.fromLabel(type, code).map(Labelled::label).orElse(code == null ? "" : code);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
