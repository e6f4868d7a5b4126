package org.shouwang.campaign;

import java.util.List;

/**
 * The printable campaign summary: an A4 landscape page with inline styles and no external assets (printed from a
 * township office's browser, often offline). Every value is escaped: campaign and region names are typed by users.
 */
final class SummaryPage {

    private static final String STYLE = """
            @page { size: A4 landscape; margin: 12mm 10mm; }
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11pt;
                   color: #000; margin: 0 auto; padding: 6mm; }
            h1 { font-size: 18pt; text-align: center; margin: 0 0 3mm; }
            p.meta { text-align: center; margin: 0 0 4mm; font-size: 10.5pt; }
            table { width: 100%; border-collapse: collapse; font-size: 9pt; }
            th, td { border: 1px solid #000; padding: 1mm 1.5mm; text-align: center; }
            th { background: #f2f2f2; font-weight: normal; }
            tr.total td { font-weight: bold; }
            p.note { font-size: 9pt; margin-top: 3mm; }
            @media print { th { background: none; } body { padding: 0; } }
            """;

    private SummaryPage() {
    }

    static String render(CampaignSummary.Summary s) {
        Campaign c = s.campaign();
        String title = c.name() + " 总结";
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(title)).append("</title><style>").append(STYLE).append("</style></head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
                .append(esc(c.year() + " 年度 · 范围：" + (c.regionName() == null ? c.regionCode() : c.regionName())
                        + " · 状态：" + c.state().label()
                        + (c.startedAt() == null ? "" : " · 启动于 " + c.startedAt().toLocalDate())
                        + (c.closedAt() == null ? "" : " · 结束于 " + c.closedAt().toLocalDate())))
                .append("</p>\n<table><tr>");
        for (String h : CampaignSummary.headers(s)) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr>\n");
        for (CampaignSummary.Line l : s.rows()) {
            row(b, CampaignSummary.cells(s, l), "");
        }
        List<Object> total = CampaignSummary.cells(s, s.total());
        total.set(0, "合计");
        row(b, total, " class=\"total\"");
        b.append("</table>\n<p class=\"note\">")
                .append(esc("新识别：排查期间公告纳入的监测对象；回退：排查期间批准的风险消除回退；"
                        + (s.problemsTracked() ? "问题：问题台账中本次排查发现的问题。" : "问题台账尚未接入。")))
                .append("</p>\n</body></html>\n");
        return b.toString();
    }

    private static void row(StringBuilder b, List<Object> cells, String attrs) {
        b.append("<tr").append(attrs).append(">");
        for (Object v : cells) {
            b.append("<td>").append(esc(v)).append("</td>");
        }
        b.append("</tr>\n");
    }

    static String esc(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
