package org.shouwang.campaign;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.shared.SheetExport;
import org.springframework.stereotype.Service;

/**
 * The 问题台账 as .xlsx with the columns inspection teams exchange. It carries no ID or phone numbers, so nothing
 * needs masking; free text is escaped against formula injection by {@link SheetExport}.
 */
@Service
public class ProblemExport {

    static final List<String> HEADERS = List.of("序号", "问题编号", "问题来源", "排查活动", "问题类别", "乡镇", "村", "户编号",
            "户主", "问题描述", "责任单位", "责任人", "发现日期", "整改时限", "整改状态", "是否逾期", "整改措施", "整改佐证", "销号日期",
            "登记人");

    private final ProblemSearch search;

    ProblemExport(ProblemSearch search) {
        this.search = search;
    }

    public void write(ProblemFilter filter, CurrentUser user, OutputStream out) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (ProblemSearch.Row r : search.all(filter, user)) {
            List<Object> row = new ArrayList<>();
            row.add(n++);
            row.add(r.id());
            row.add(r.sourceLabel());
            row.add(r.campaignName());
            row.add(r.categoryLabel());
            row.add(r.townshipName());
            row.add(r.villageName());
            row.add(r.householdNo());
            row.add(r.headName());
            row.add(r.description());
            row.add(r.responsibleUnit());
            row.add(r.responsiblePerson());
            row.add(r.foundOn().toString());
            row.add(r.deadline().toString());
            row.add(r.statusLabel());
            row.add(r.overdue() ? "是" : "否");
            row.add(r.measures());
            row.add(r.evidence());
            row.add(r.closedOn() == null ? null : r.closedOn().toString());
            row.add(r.recordedBy());
            rows.add(row);
        }
        SheetExport.write("问题台账", HEADERS, rows, out);
    }
}
