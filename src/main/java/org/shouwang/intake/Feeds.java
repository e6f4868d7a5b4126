package org.shouwang.intake;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.access.ApiCaller;
import org.shouwang.access.ApiKeys;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Permission;
import org.shouwang.access.Role;
import org.shouwang.intake.internal.FeedFiles;
import org.shouwang.intake.internal.FeedOutcomes;
import org.shouwang.intake.internal.FeedInput;
import org.shouwang.intake.internal.FeedProcessor;
import org.shouwang.intake.internal.FeedStore;
import org.shouwang.intake.internal.Workbooks;
import org.shouwang.shared.Department;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Department early-warning feeds (部门筛查预警): a liaison uploads a file, or the department's program pushes rows
 * with an API key; either way the rows are checked, matched to members within the sender's scope and recorded as
 * facts, and what could not be used comes back in a report. Feeds are processed at once: a feed holds at most
 * {@code shouwang.feeds.max-rows} rows, which take a few seconds.
 */
@Component
public class Feeds {

    private final FeedFiles files;
    private final FeedProcessor processor;
    private final FeedStore store;
    private final int maxRows;
    private final FeedOutcomes outcomes;

    Feeds(FeedFiles files, FeedProcessor processor, FeedStore store, FeedOutcomes outcomes,
            @Value("${shouwang.feeds.max-rows:10000}") int maxRows) {
        this.outcomes = outcomes;
        this.files = files;
        this.processor = processor;
        this.store = store;
        this.maxRows = maxRows;
    }

    public int maxRows() {
        return maxRows;
    }

    public Feed upload(Department department, String fileName, InputStream content, CurrentUser user) {
        requireSender(user);
        FeedLayout layout = FeedLayout.of(department);
        String name = fileName == null || fileName.isBlank() ? "未命名文件" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        name = name.length() > 200 ? name.substring(0, 200) : name;
        List<FeedInput> rows = files.read(layout, content, maxRows);
        return result(processor.process(layout, "FILE", name, user.username(), user.scope(), rows), user.scope());
    }

    /** A push by a signed-in user (with CSRF, like any browser request). */
    public Feed push(Department department, List<Map<String, Object>> rows, CurrentUser user) {
        requireSender(user);
        return push(department, rows, user.username(), user.scope());
    }

    /** A push by a department's program: the key must belong to this department. */
    public Feed push(Department department, List<Map<String, Object>> rows, ApiCaller caller) {
        ApiKeys.requireDepartment(caller, department);
        return push(department, rows, caller.sender(), caller.scope());
    }

    private Feed push(Department department, List<Map<String, Object>> rows, String sender, RegionCode scope) {
        if (rows == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "ROWS_REQUIRED", "请求体应为 {\"rows\": [...]}");
        }
        if (rows.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "NO_ROWS", "rows 为空，没有要推送的数据");
        }
        if (rows.size() > maxRows) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "TOO_MANY_ROWS",
                    "单次推送最多 " + maxRows + " 行，本次 " + rows.size() + " 行，请分批推送");
        }
        FeedLayout layout = FeedLayout.of(department);
        List<FeedInput> inputs = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            inputs.add(input(layout, i + 1, rows.get(i)));
        }
        return result(processor.process(layout, "API", "接口推送", sender, scope, inputs), scope);
    }

    private static FeedInput input(FeedLayout layout, int rowNo, Map<String, Object> row) {
        if (row == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "ROW_FORMAT", "第 " + rowNo + " 行为空（null）");
        }
        Map<String, String> values = new HashMap<>();
        for (FeedColumn c : layout.columns()) {
            Object v = row.get(c.key());
            if (v == null || v instanceof String) {
                values.put(c.key(), (String) v);
            } else if (v instanceof Number n) {
                values.put(c.key(), new BigDecimal(n.toString()).toPlainString());
            } else {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "ROW_FORMAT",
                        "第 " + rowNo + " 行的 " + c.key() + " 应为文字或数字");
            }
        }
        return new FeedInput(rowNo, values, Set.of());
    }

    /**
     * Department data is sent by the department's liaison (or a county administrator); village and township staff
     * import their own registers under 数据导入 instead.
     */
    private static void requireSender(CurrentUser user) {
        user.require(Permission.IMPORT);
        if (user.role() != Role.DEPARTMENT_LIAISON && user.role() != Role.COUNTY_ADMIN) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", "部门数据只能由行业部门联络员或县级管理员推送和查看");
        }
    }

    private Feed result(FeedProcessor.Outcome outcome, RegionCode scope) {
        Feed f = store.find(outcome.feedId(), scope).orElseThrow();
        return new Feed(f.id(), f.department(), f.departmentLabel(), f.channel(), f.fileName(), f.createdBy(), f.createdAt(),
                f.rows(), f.matched(), f.unmatched(), f.invalid(), f.duplicates(), f.newFacts(), f.newClues(), outcome.errors());
    }

    public List<Feed> recent(Department department, CurrentUser user) {
        requireSender(user);
        return store.within(user.scope(), department);
    }

    public Feed find(long id, CurrentUser user) {
        requireSender(user);
        return store.find(id, user.scope()).orElseThrow(() -> ProblemException.notFound("该推送记录"));
    }

    /** What the villages decided about the clues this feed's rows raised. */
    public List<FeedOutcome> outcomes(long id, CurrentUser user) {
        find(id, user);
        return outcomes.of(id);
    }

    /** The department's report: every unmatched and invalid row with its values, 错误代码 and 错误说明. */
    public void writeReport(long id, CurrentUser user, OutputStream out) {
        Feed feed = find(id, user);
        FeedLayout layout = FeedLayout.of(feed.department());
        Workbooks.errorReport(layout.headers(), store.reportRows(id, layout), out);
    }
}
