package org.shouwang.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Permission;
import org.shouwang.access.SensitiveReads;
import org.shouwang.reporting.internal.LedgerDefinition;
import org.shouwang.reporting.internal.LedgerDefinitions;
import org.shouwang.reporting.internal.LedgerQueries;
import org.shouwang.reporting.internal.LedgerWorkbook;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The six standard ledgers (标准台账): previewed page by page or exported as .xlsx, always inside the user's scope, with
 * ID and phone numbers masked unless a user allowed to reveal them asks to, which is then recorded per household in
 * the access module's sensitive_read (as a reveal on the household page is) before anything is shown.
 */
@Service
public class Ledgers {

    public static final int MAX_PAGE_SIZE = 200;
    /** A page further than this is refused: nobody pages 10,000 rows deep, they export. */
    static final long MAX_OFFSET = 100_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final LedgerQueries queries;
    private final SensitiveReads sensitiveReads;
    private final JdbcClient jdbc;
    private final Clock clock;

    Ledgers(LedgerQueries queries, SensitiveReads sensitiveReads, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.sensitiveReads = sensitiveReads;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<LedgerInfo> catalogue() {
        return Arrays.stream(LedgerKind.values()).map(k -> {
            String reason = unavailable(k);
            LedgerDefinition ledger = LedgerDefinitions.definition(k);
            return new LedgerInfo(k.path(), k.label(), k.periodBasis(), reason == null, reason, ledger.titles(),
                    ledger.hasSensitive());
        }).toList();
    }

    public LedgerPage page(LedgerKind kind, ReportScope scope, LedgerPeriod period, int page, int size, boolean reveal,
            CurrentUser user) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_PAGE", "页码须从 1 开始，每页 1 至 " + MAX_PAGE_SIZE + " 行");
        }
        if ((long) (page - 1) * size > MAX_OFFSET) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "PAGE_TOO_DEEP", "预览最多翻到第 " + MAX_OFFSET + " 行，请导出或缩小范围");
        }
        LedgerDefinition ledger = ready(kind, reveal, user);
        LedgerDefinition.Body body = ledger.body(scope, period);
        long total = queries.count(ledger, body);
        List<List<Object>> rows = queries.page(ledger, body, (page - 1) * size, size, reveal);
        if (reveal && ledger.hasSensitive()) {
            long[] ids = rows.stream().map(r -> (Long) r.get(r.size() - 1)).filter(Objects::nonNull).distinct()
                    .mapToLong(Long::longValue).toArray();
            sensitiveReads.recordAll(user, ids, field(kind));
        }
        List<List<Object>> cells = rows.stream().map(r -> r.subList(0, r.size() - 1)).toList();
        return new LedgerPage(kind.path(), kind.label(), scope.region().value(), regionName(scope),
                Objects.toString(period.from(), null), Objects.toString(period.to(), null), kind.periodBasis(),
                reveal && ledger.hasSensitive(), ledger.titles(), cells, total, page, size);
    }

    /** Checks everything that could refuse the export, so that a refusal is a clear 4xx before the file starts. */
    public void prepareExport(LedgerKind kind, boolean reveal, CurrentUser user) {
        ready(kind, reveal, user);
    }

    /** Streams the .xlsx; with {@code reveal} every household in it is recorded as revealed first. */
    public long export(LedgerKind kind, ReportScope scope, LedgerPeriod period, boolean reveal, CurrentUser user,
            OutputStream out) {
        LedgerDefinition ledger = ready(kind, reveal, user);
        LedgerDefinition.Body body = ledger.body(scope, period);
        boolean revealed = reveal && ledger.hasSensitive();
        if (revealed) {
            sensitiveReads.recordAll(user, queries.households(ledger, body), field(kind));
        }
        long logId = jdbc.sql("""
                insert into ledger_export (username, kind, region_code, period_from, period_to, revealed)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(user.username(), kind.name(), scope.region().value(), period.from(), period.to(), revealed)
                .query(Long.class).single();
        long rows;
        try (LedgerWorkbook book = new LedgerWorkbook(out, kind.label(), block(kind, scope, period, revealed, user),
                ledger.titles())) {
            long[] n = {0};
            queries.stream(ledger, body, revealed, row -> {
                if (++n[0] <= LedgerWorkbook.MAX_ROWS) {
                    book.row(row);
                }
            });
            if (n[0] > LedgerWorkbook.MAX_ROWS) {
                book.row(List.of("（超出 Excel 行数上限，已截断；请缩小地区或期间分批导出）"));
            }
            rows = n[0];
        }
        jdbc.sql("update ledger_export set row_count = ? where id = ?").params(rows, logId).update();
        return rows;
    }

    /** The file name officials see: 监测对象台账_东村_20261123.xlsx. */
    public String fileName(LedgerKind kind, ReportScope scope) {
        return kind.label() + "_" + regionName(scope) + "_" + LocalDateTime.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE)
                + ".xlsx";
    }

    private List<String> block(LedgerKind kind, ReportScope scope, LedgerPeriod period, boolean revealed,
            CurrentUser user) {
        List<String> lines = new ArrayList<>();
        lines.add(kind.label());
        lines.add("地区：" + regionName(scope) + "（" + scope.region().value() + "）");
        lines.add(kind.periodBasis() == null ? "期间：当前名单（不按日期筛选）"
                : "期间：" + period.describe() + "（按" + kind.periodBasis() + "）");
        lines.add("导出时间：" + LocalDateTime.now(clock).format(STAMP) + "　导出人：" + user.displayName() + "（"
                + user.username() + "，" + user.role().label() + "）");
        lines.add(revealed ? "含完整身份证号和电话号码，本次导出已留痕，请按保密规定保管，不得外传"
                : "身份证号和电话号码已脱敏");
        return lines;
    }

    private LedgerDefinition ready(LedgerKind kind, boolean reveal, CurrentUser user) {
        if (reveal) {
            user.require(Permission.REVEAL_SENSITIVE);
        }
        String reason = unavailable(kind);
        if (reason != null) {
            throw new ProblemException(HttpStatus.CONFLICT, "LEDGER_UNAVAILABLE", reason);
        }
        return LedgerDefinitions.definition(kind);
    }

    private String unavailable(LedgerKind kind) {
        if (kind == LedgerKind.PROBLEMS && !queries.tableReady("problem", LedgerDefinitions.PROBLEM_COLUMNS)) {
            return "问题台账尚未启用：问题台账功能（集中排查模块）尚未安装";
        }
        return null;
    }

    private String regionName(ReportScope scope) {
        return jdbc.sql("select name from region where code = ?").param(scope.region().value()).query(String.class)
                .optional().orElse(scope.region().value());
    }

    private static String field(LedgerKind kind) {
        return "ledger:" + kind.path();
    }
}
