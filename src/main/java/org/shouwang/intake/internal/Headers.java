package org.shouwang.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.intake.ImportKind;

/**
 * Maps a file's header row to column positions by name, so column order does not matter and extra columns
 * (such as the 错误代码/错误说明 of a corrected error report) are ignored. Missing required columns stop the job;
 * a missing optional column ({@link ImportKind#optionalHeaders()}) is simply absent from every row.
 */
final class Headers {

    private Headers() {
    }

    static Map<String, Integer> check(ImportKind kind, List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").replace('(', '（').replace(')', '）').strip();
            columns.putIfAbsent(h, i);
        }
        List<String> required = kind.headers().stream().filter(h -> !kind.optionalHeaders().contains(h)).toList();
        List<String> missing = new ArrayList<>();
        for (String h : required) {
            if (!columns.containsKey(h)) {
                missing.add(h);
            }
        }
        if (missing.size() == required.size()) {
            throw new XlsxRowReader.StopImport(new ImportFailure("WRONG_HEADERS",
                    "文件第一行不是“" + kind.label() + "”模板的表头，请下载模板核对（第一列应为“" + kind.headers().get(0) + "”）"));
        }
        if (!missing.isEmpty()) {
            throw new XlsxRowReader.StopImport(new ImportFailure("MISSING_COLUMNS", "表头缺少列：" + String.join("、", missing)));
        }
        return columns;
    }
}
