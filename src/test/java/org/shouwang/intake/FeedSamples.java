package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;

/** What the feed tests share: members in the ledger, feed files in any encoding, the report read back, raw key requests. */
public final class FeedSamples {

    public static final String MEDICAL_HEADER = "姓名,身份证号,就诊类型,结算日期,医疗总费用,报销后个人自付金额";

    private FeedSamples() {
    }

    /** Creates a household in {@code village} whose head has this ID number; returns the household id. */
    public static long householdWith(ApiClient admin, String village, String headName, String headId) {
        ApiClient.Answer a = admin.post("/api/households", Households.household(Ids.householdNo(), village,
                List.of(Households.member(headName, headId, "HEAD"))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return ((Number) a.read("$.id")).longValue();
    }

    /** A valid, unique 18-digit ID number ending in X. */
    public static String idEndingInX() {
        for (int i = 0; i < 1000; i++) {
            String id = Ids.unique("1968-04-12", i % 2 == 0);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new IllegalStateException("no X check digit found");
    }

    /** The legacy 15-digit form of an 18-digit number born in the 1900s. */
    public static String fifteenDigitsOf(String id18) {
        return id18.substring(0, 6) + id18.substring(8, 17);
    }

    public static String wrongChecksum(String id) {
        return id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
    }

    public static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    public static byte[] utf8Bom(String... lines) {
        byte[] body = csv(StandardCharsets.UTF_8, lines);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** Cells starting with "=" become formulas, numbers stay numbers: a spreadsheet as a department exports it. */
    public static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("数据");
            Row h = s.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    Object v = rows.get(r).get(i);
                    Cell c = row.createCell(i);
                    if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else if (v instanceof String t && t.startsWith("=")) {
                        c.setCellFormula(t.substring(1));
                    } else if (v != null) {
                        c.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's rows as text (header first), and the raw cells to see how Excel would take them. */
    public static List<List<String>> report(byte[] xlsx) {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter text = new DataFormatter();
            for (Row r : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getLastCellNum(); i++) {
                    Cell c = r.getCell(i);
                    cells.add(c == null ? "" : text.formatCellValue(c));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A request as a department's program sends it: no session, no CSRF token, maybe a key. */
    public static ApiClient.Answer keyPost(int port, String path, String key, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        return send(b);
    }

    public static ApiClient.Answer keyGet(int port, String path, String key) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Api-Key", key).GET());
    }

    private static ApiClient.Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiClient.Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(),
                    r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
