package org.shouwang.intake;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.identification.CaseStep;
import org.shouwang.identification.Cases;
import org.shouwang.intake.ComparisonImport.Item;
import org.shouwang.intake.ComparisonImport.Result;
import org.shouwang.intake.internal.ComparisonLayout;
import org.shouwang.intake.internal.ComparisonMerge;
import org.shouwang.intake.internal.ComparisonReports;
import org.shouwang.intake.internal.ComparisonRows;
import org.shouwang.intake.internal.FeedFiles;
import org.shouwang.intake.internal.Workbooks;
import org.shouwang.registry.Members;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Imports the 信息比对结果 the departments return in bulk (issue 4, point 1): each row is matched by ID number to a
 * current member in the uploader's scope, the rows of one household are merged, and the household's open
 * identification case takes its DATA_COMPARISON step as the uploader through {@link Cases#act}, so every rule of the
 * procedure still applies. Each household is its own transaction: one refusal never undoes another household.
 */
@Component
public class ComparisonImports {

    /** Those who may take the village steps of a case (DOMAIN.md 4.1); identification checks them again per case. */
    static final Set<Role> UPLOADERS = EnumSet.of(Role.VILLAGE_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER,
            Role.COUNTY_ADMIN);
    /** A department's results for a county run to a few thousand rows; a file of 10 MB holds far more than that. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final FeedFiles files;
    private final Members members;
    private final Cases cases;
    private final ComparisonReports reports;
    private final Clock clock;
    private final int maxRows;

    ComparisonImports(FeedFiles files, Members members, Cases cases, ComparisonReports reports, Clock clock,
            @Value("${shouwang.comparisons.max-rows:5000}") int maxRows) {
        this.files = files;
        this.members = members;
        this.cases = cases;
        this.reports = reports;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    public static void requireUploader(CurrentUser user) {
        if (!UPLOADERS.contains(user.role())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED",
                    "您的角色（" + user.role().label() + "）不能导入信息比对结果");
        }
    }

    public ComparisonImport upload(String fileName, long size, InputStream content, CurrentUser user) {
        requireUploader(user);
        if (size > MAX_BYTES) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE",
                    "文件超过 " + MAX_BYTES / 1024 / 1024 + " MB，请拆分后分别上传");
        }
        LocalDate today = LocalDate.now(clock);
        String name = fileName == null || fileName.isBlank() ? "未命名文件" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        String file = name.length() > 200 ? name.substring(0, 200) : name;
        List<ComparisonRows.Row> rows = ComparisonRows.check(files.read(ComparisonLayout.LAYOUT, content, maxRows), today);
        Map<Integer, Item> items = new LinkedHashMap<>();
        Map<String, Members.MemberRef> found = members.byIdNumbers(rows.stream().map(ComparisonRows.Row::idNumber)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, List<ComparisonMerge.MemberRow>> households = new LinkedHashMap<>();
        Map<Integer, ComparisonRows.Row> byNumber = new LinkedHashMap<>();
        for (ComparisonRows.Row r : rows) {
            byNumber.put(r.number(), r);
            Members.MemberRef m = r.idNumber() == null ? null : found.get(r.idNumber());
            if (r.idNumber() == null || "DUPLICATE_ROW".equals(code(r))) {
                items.put(r.number(), refused(r, null, null, code(r), message(r)));
            } else if (m == null) {
                items.put(r.number(), refused(r, null, null, "ID_UNKNOWN", "身份证号未在农户台账的现有成员中找到，请核对号码"));
            } else if (!user.covers(m.regionCode())) {
                items.put(r.number(), refused(r, null, null, "OUTSIDE_SCOPE", "该身份证号所在农户不在您的管辖范围内"));
            } else {
                households.computeIfAbsent(m.householdId(), h -> new ArrayList<>()).add(new ComparisonMerge.MemberRow(r, m.name()));
            }
        }
        households.forEach((household, group) -> household(household, group, found, file, user)
                .forEach(i -> items.put(i.row(), i)));
        List<Item> ordered = items.values().stream().sorted(Comparator.comparingInt(Item::row)).toList();
        List<Workbooks.ErrorRow> errors = ordered.stream().filter(i -> i.result() == Result.REFUSED)
                .map(i -> errorRow(byNumber.get(i.row()), i)).toList();
        String reportId = errors.isEmpty() ? null : reports.keep(user.username(), errors);
        return new ComparisonImport(ordered.size(), count(ordered, Result.APPLIED), count(ordered, Result.UNCHANGED),
                count(ordered, Result.REFUSED), ordered, reportId);
    }

    /** Answers the rows of one household: all held back when one is faulty, else one step for all of them. */
    private List<Item> household(long householdId, List<ComparisonMerge.MemberRow> group, Map<String, Members.MemberRef> found,
            String fileName, CurrentUser user) {
        String householdNo = found.get(group.get(0).row().idNumber()).householdNo();
        List<String> faulty = group.stream().filter(r -> rowRefusal(r, householdNo) != null)
                .map(r -> String.valueOf(r.row().number())).toList();
        if (!faulty.isEmpty()) {
            return group.stream().map(r -> {
                Item own = rowRefusal(r, householdNo);
                return own != null ? own : refused(r.row(), householdNo, null, "HOUSEHOLD_ROW_INVALID",
                        "同户第 " + String.join("、", faulty) + " 行有错误，改正后整户一并导入（本行未导入）");
            }).toList();
        }
        var open = cases.openCaseOf(householdId, user);
        if (open.isEmpty()) {
            return answer(group, householdNo, null, Result.REFUSED, "NO_OPEN_CASE", "该户没有办理中的识别认定案件（未启动或已办结）");
        }
        Cases.Detail c = open.get();
        ComparisonMerge.Merged merged = ComparisonMerge.merge(group);
        var recorded = c.steps().stream().filter(s -> s.step() == CaseStep.DATA_COMPARISON).findFirst();
        if (recorded.isPresent()) {
            return ComparisonMerge.sameAs(merged, recorded.get().details())
                    ? answer(group, householdNo, c.id(), Result.UNCHANGED, "STEP_ALREADY_DONE", "该案件已登记相同的比对结果，无需重复导入")
                    : answer(group, householdNo, c.id(), Result.REFUSED, "STEP_ALREADY_DONE",
                            "该案件已于 " + recorded.get().at().toLocalDate() + " 完成信息比对，与本文件的结果不同，不能再次比对");
        }
        try {
            cases.act(c.id(), CaseStep.DATA_COMPARISON, ComparisonRequests.of(c.version(), merged, fileName), user);
            return answer(group, householdNo, c.id(), Result.APPLIED, null, "已完成信息比对");
        } catch (ProblemException e) {
            return answer(group, householdNo, c.id(), Result.REFUSED, e.code(), e.getMessage());
        }
    }

    /** The row's own fault: a bad cell, or a name that is not the name of the member its ID number belongs to. */
    private static Item rowRefusal(ComparisonMerge.MemberRow r, String householdNo) {
        if (!r.row().ok()) {
            return refused(r.row(), householdNo, null, code(r.row()), message(r.row()));
        }
        String name = r.row().name();
        if (name != null && !name.replace(" ", "").equals(r.memberName().replace(" ", ""))) {
            return refused(r.row(), householdNo, null, "NAME_MISMATCH", "姓名“" + name + "”与该身份证号登记的成员姓名不一致，请核对");
        }
        return null;
    }

    public java.util.Optional<List<Workbooks.ErrorRow>> report(String reportId, CurrentUser user) {
        return reports.find(reportId, user.username());
    }

    public static void writeReport(List<Workbooks.ErrorRow> rows, OutputStream out) {
        ComparisonReports.write(rows, out);
    }

    private static List<Item> answer(List<ComparisonMerge.MemberRow> group, String householdNo, Long caseId, Result result,
            String code, String message) {
        return group.stream().map(r -> item(r.row(), householdNo, caseId, result, code, message)).toList();
    }

    private static Item refused(ComparisonRows.Row r, String householdNo, Long caseId, String code, String message) {
        return item(r, householdNo, caseId, Result.REFUSED, code, message);
    }

    private static Item item(ComparisonRows.Row r, String householdNo, Long caseId, Result result, String code, String message) {
        return new Item(r.number(), r.idNumber() == null ? null : IdNumber.mask(r.idNumber()), householdNo, caseId, result,
                result.label(), code, message);
    }

    private static String code(ComparisonRows.Row r) {
        return r.problems().isEmpty() ? null : r.problems().get(0).code();
    }

    private static String message(ComparisonRows.Row r) {
        return String.join("；", r.problems().stream().map(org.shouwang.shared.Violation::message).toList());
    }

    private static int count(List<Item> items, Result result) {
        return (int) items.stream().filter(i -> i.result() == result).count();
    }

    /** The original cells in layout order, the faulty ones marked, so the clerk fixes the file and uploads it again. */
    private static Workbooks.ErrorRow errorRow(ComparisonRows.Row r, Item i) {
        List<String> cells = ComparisonLayout.LAYOUT.columns().stream().map(c -> r.input().values().get(c.key())).toList();
        Map<String, String> marks = new LinkedHashMap<>();
        r.problems().forEach(v -> marks.merge(ComparisonLayout.LAYOUT.column(v.field()).map(FeedColumn::header).orElse("身份证号"),
                v.message(), (a, b) -> a + "；" + b));
        if (marks.isEmpty() && ("ID_UNKNOWN".equals(i.code()) || "OUTSIDE_SCOPE".equals(i.code()))) {
            marks.put("身份证号", i.message());
        } else if (marks.isEmpty() && "NAME_MISMATCH".equals(i.code())) {
            marks.put("姓名", i.message());
        }
        return new Workbooks.ErrorRow(r.number(), cells, marks, i.code(), i.message());
    }
}
