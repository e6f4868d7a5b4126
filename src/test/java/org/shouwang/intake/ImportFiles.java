package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Ids;
import org.shouwang.support.TestCounty;

/**
 * What the import tests ({@link ImportIT}, {@link ImportHostileFilesIT}, {@link ImportRequestsIT}, {@link ImportResumeIT})
 * share: the documented headers, builders for household and income files (CSV in any encoding, xlsx with text cells),
 * running an import through the API and waiting (bounded) for its job to end, a few household look-ups, and reading
 * the error report back.
 */
final class ImportFiles {

    /** The household file's headers exactly as docs/api.md documents them. */
    static final List<String> HOUSEHOLD_HEADERS = List.of("户编号", "村级区划代码", "村民小组", "网格", "户类型", "脱贫年份", "家庭住址", "户联系电话",
            "是否易地扶贫搬迁户", "安置区地址", "姓名", "证件号码", "与户主关系", "民族", "文化程度", "在校生状况", "健康状况", "残疾类别",
            "残疾等级", "劳动技能", "务工所在地", "务工时间（月）", "医疗保险", "养老保险", "是否享受低保", "是否特困供养", "是否易地扶贫搬迁人口",
            "成员联系电话");
    static final List<String> INCOME_HEADERS = List.of("户编号", "统计起始日期", "统计截止日期", "工资性收入", "生产经营性收入", "财产性收入",
            "转移性收入", "生产经营性支出", "合规自付支出");

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private ImportFiles() {
    }

    // ---------------------------------------------------------------- running an import

    record Job(String id, String status, Integer totalRows, int processedRows, int storedRows, int unchangedRows, int errorRows,
            String message, String finishedAt) {
    }

    /** Uploads a file and waits (bounded) for its job to end. */
    static Job runImport(ApiClient client, String kind, String fileName, byte[] content) {
        ApiClient.Answer a = client.upload("/api/imports", kind, fileName, content);
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        String id = a.read("$.id");
        assertThat((String) a.read("$.status")).isIn("QUEUED", "RUNNING", "DONE", "FAILED");
        return await(client, id, DEADLINE);
    }

    private static Job await(ApiClient client, String id, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = 50;
        while (true) {
            ApiClient.Answer a = client.get("/api/imports/" + id);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            String status = a.read("$.status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job(a);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + id + " did not finish within " + limit + "; last state " + a.body());
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            pause = Math.min(500, pause * 2);
        }
    }

    private static Job job(ApiClient.Answer a) {
        return new Job(a.read("$.id"), a.read("$.status"), a.read("$.totalRows"), a.<Integer>read("$.processedRows"),
                a.<Integer>read("$.storedRows"), a.<Integer>read("$.unchangedRows"), a.<Integer>read("$.errorRows"),
                a.read("$.message"), a.read("$.finishedAt"));
    }

    // ---------------------------------------------------------------- looking households up

    static long householdIdOf(ApiClient client, String idNumber) {
        ApiClient.Answer a = client.get("/api/households?idNumber=" + idNumber);
        assertThat(a.status()).isEqualTo(200);
        assertThat(((Number) a.read("$.total")).intValue()).as("households holding " + idNumber).isEqualTo(1);
        return ((Number) a.read("$.items[0].id")).longValue();
    }

    static long searchTotal(ApiClient client, String query) {
        ApiClient.Answer a = client.get("/api/households?" + query);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return ((Number) a.read("$.total")).longValue();
    }

    static long countyTotal(ApiClient admin) {
        return searchTotal(admin, "region=" + TestCounty.COUNTY + "&size=1");
    }

    static List<Map<String, Object>> history(ApiClient client, long id) {
        ApiClient.Answer a = client.get("/api/households/" + id + "/history");
        assertThat(a.status()).isEqualTo(200);
        return a.read("$");
    }

    static int memberCount(ApiClient client, long id) {
        List<Object> members = client.get("/api/households/" + id).read("$.members");
        return members.size();
    }

    // ---------------------------------------------------------------- building files

    /** One member row with every column filled as a careful clerk would. */
    static Map<String, String> member(String householdNo, String village, String name, String relation, String idNumber) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("户编号", householdNo);
        m.put("村级区划代码", village);
        m.put("村民小组", "第一组");
        m.put("网格", "一网格");
        m.put("户类型", "脱贫户");
        m.put("脱贫年份", "2018");
        m.put("家庭住址", "东村第一组8号");
        m.put("户联系电话", "13812345678");
        m.put("是否易地扶贫搬迁户", "否");
        m.put("安置区地址", "");
        m.put("姓名", name);
        m.put("证件号码", idNumber);
        m.put("与户主关系", relation);
        m.put("民族", "汉族");
        m.put("文化程度", "初中");
        m.put("在校生状况", "");
        m.put("健康状况", "健康");
        m.put("残疾类别", "");
        m.put("残疾等级", "");
        m.put("劳动技能", "普通劳动力");
        m.put("务工所在地", "");
        m.put("务工时间（月）", "");
        m.put("医疗保险", "城乡居民基本医疗保险");
        m.put("养老保险", "城乡居民基本养老保险");
        m.put("是否享受低保", "否");
        m.put("是否特困供养", "否");
        m.put("是否易地扶贫搬迁人口", "否");
        m.put("成员联系电话", "");
        return m;
    }

    /** A valid family of three: 户主 (male), 配偶 (female, 小学, chronically ill), 之子 (male, 高中, migrant worker). */
    static List<Map<String, String>> family(String householdNo, String village) {
        Map<String, String> head = member(householdNo, village, "王建国", "户主", Ids.unique("1970-03-15", true));
        Map<String, String> spouse = member(householdNo, village, "李秀英", "配偶", Ids.unique("1972-06-20", false));
        spouse.put("文化程度", "小学");
        spouse.put("健康状况", "长期慢性病");
        spouse.put("劳动技能", "弱劳动力或半劳动力");
        spouse.put("成员联系电话", "13912345678");
        Map<String, String> son = member(householdNo, village, "王小明", "之子", Ids.unique("2000-05-01", true));
        son.put("文化程度", "高中");
        son.put("务工所在地", "江苏省苏州市");
        son.put("务工时间（月）", "8");
        return new ArrayList<>(List.of(head, spouse, son));
    }

    static List<List<String>> cells(List<Map<String, String>> members) {
        return members.stream().map(m -> HOUSEHOLD_HEADERS.stream().map(h -> m.getOrDefault(h, "")).toList()).toList();
    }

    static byte[] utf8Csv(List<Map<String, String>> members) {
        return csv(HOUSEHOLD_HEADERS, cells(members), StandardCharsets.UTF_8, true);
    }

    static byte[] csv(List<String> headers, List<List<String>> rows, Charset charset, boolean bom) {
        StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
        b.append(csvLine(headers));
        rows.forEach(r -> b.append(csvLine(r)));
        return b.toString().getBytes(charset);
    }

    static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i) == null ? "" : cells.get(i);
            b.append(i == 0 ? "" : ",");
            b.append(v.contains(",") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return b.append("\r\n").toString();
    }

    static byte[] xlsx(List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb.createSheet("数据"), headers, rows);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every cell as text, the way a clerk fills the text-formatted template. */
    static void fill(Sheet sheet, List<String> headers, List<List<String>> rows) {
        if (!headers.isEmpty()) {
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i, CellType.STRING).setCellValue(headers.get(i));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < rows.get(r).size(); i++) {
                String v = rows.get(r).get(i);
                if (v != null && !v.isEmpty()) {
                    row.createCell(i, CellType.STRING).setCellValue(v);
                } else {
                    row.createCell(i, CellType.BLANK);
                }
            }
        }
    }

    // ---------------------------------------------------------------- reading the error report

    static Report errorReport(ApiClient client, Job job) throws IOException {
        ApiClient.Answer a = client.get("/api/imports/" + job.id() + "/errors.xlsx");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).contains("spreadsheetml");
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(a.bytes()));
        Sheet sheet = wb.getSheetAt(0);
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            if (sheet.getRow(i) != null) {
                rows.add(sheet.getRow(i));
            }
        }
        return new Report(headers, rows);
    }

    record Report(List<String> headers, List<Row> rows) {
        private static final DataFormatter FORMAT = new DataFormatter();

        int column(String header) {
            int i = headers.indexOf(header);
            assertThat(i).as("report column " + header).isNotNegative();
            return i;
        }

        Cell cell(Row row, String header) {
            Cell c = row.getCell(column(header));
            assertThat(c).as("cell " + header + " of report row " + row.getRowNum()).isNotNull();
            return c;
        }

        String text(Row row, String header) {
            Cell c = row.getCell(column(header));
            return c == null ? "" : FORMAT.formatCellValue(c);
        }

        Set<Integer> rowNumbers() {
            Set<Integer> out = new TreeSet<>();
            rows.forEach(r -> out.add(Integer.parseInt(text(r, "原文件行号"))));
            return out;
        }

        Row byRowNumber(int fileRow) {
            Map<Integer, Row> byNo = new HashMap<>();
            rows.forEach(r -> byNo.put(Integer.parseInt(text(r, "原文件行号")), r));
            assertThat(byNo).as("report has file row " + fileRow).containsKey(fileRow);
            return byNo.get(fileRow);
        }
    }
}
