package org.shouwang.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.registry.IncomeDraft;
import org.shouwang.registry.IncomeRegistrations;
import org.shouwang.registry.Registrations;
import org.shouwang.shared.Violation;

/** The income file's rows, one statement each, registered a batch at a time. */
final class IncomeImport {

    static final int BATCH = 1000;

    private final IncomeRegistrations incomes;
    private final CurrentUser user;
    private final String source;
    private final Map<String, Integer> columns;
    private final ErrorSink errors;
    private final Counts counts;
    private final Runnable progress;
    private final List<SourceRow> rows = new ArrayList<>();
    private final List<IncomeRegistrations.Entry> entries = new ArrayList<>();

    IncomeImport(IncomeRegistrations incomes, CurrentUser user, String source, Map<String, Integer> columns, ErrorSink errors,
            Counts counts, Runnable progress) {
        this.incomes = incomes;
        this.user = user;
        this.source = source;
        this.columns = columns;
        this.errors = errors;
        this.counts = counts;
        this.progress = progress;
    }

    void accept(SourceRow row) {
        List<Violation> v = new ArrayList<>();
        Cells c = new Cells(row, columns, v);
        String no = c.text("户编号");
        IncomeDraft d = new IncomeDraft(c.date("统计起始日期"), c.date("统计截止日期"), c.money("工资性收入"), c.money("生产经营性收入"),
                c.money("财产性收入"), c.money("转移性收入"), c.money("生产经营性支出"), c.money("合规自付支出"));
        if (no == null) {
            v.add(new Violation("户编号", "HOUSEHOLD_NO_REQUIRED", "户编号不能为空"));
        }
        if (!v.isEmpty()) {
            counts.processed++;
            errors.add(row, v);
            return;
        }
        rows.add(row);
        entries.add(new IncomeRegistrations.Entry(no, null, null, null, d));
        if (entries.size() >= BATCH) {
            flush();
        }
    }

    void finish() {
        flush();
    }

    private void flush() {
        if (entries.isEmpty()) {
            errors.flush();
            progress.run();
            return;
        }
        List<Registrations.Outcome> outcomes = incomes.register(entries, user, source);
        for (int i = 0; i < outcomes.size(); i++) {
            Registrations.Outcome o = outcomes.get(i);
            switch (o.status()) {
                case CREATED, UPDATED -> counts.stored++;
                case UNCHANGED -> counts.unchanged++;
                case REJECTED -> errors.add(rows.get(i), o.violations().stream()
                        .map(v -> new Violation(IncomeColumns.of(v.field()), v.code(), v.message())).toList());
            }
            counts.processed++;
        }
        rows.clear();
        entries.clear();
        errors.flush();
        progress.run();
    }

    /** File columns of the income registration's violation fields. */
    static final class IncomeColumns {
        private static final Map<String, String> OF = Map.of("householdNo", "户编号", "periodStart", "统计起始日期",
                "periodEnd", "统计截止日期", "wageIncome", "工资性收入", "businessIncome", "生产经营性收入",
                "propertyIncome", "财产性收入", "transferIncome", "转移性收入", "productionExpense", "生产经营性支出",
                "compliantSelfPaid", "合规自付支出");

        static String of(String field) {
            return OF.getOrDefault(field, field);
        }
    }
}
