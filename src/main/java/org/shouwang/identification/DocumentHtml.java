package org.shouwang.identification;

/**
 * A print-ready A4 page with its styles inline and no external assets (it is printed from a village office's browser,
 * often offline). Every value goes through {@link #esc(Object)}: minutes and opinions are typed by users.
 */
final class DocumentHtml {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm; }
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 14pt;
                   line-height: 1.7; color: #000; max-width: 174mm; margin: 0 auto; padding: 8mm 0; }
            h1 { font-size: 20pt; text-align: center; margin: 0 0 6mm; font-weight: bold; }
            p { text-indent: 2em; margin: 0 0 3mm; }
            table { width: 100%; border-collapse: collapse; margin: 3mm 0 5mm; font-size: 12pt; }
            th, td { border: 1px solid #000; padding: 2mm 3mm; vertical-align: top; text-align: left; }
            th { width: 28%; font-weight: normal; background: #f2f2f2; }
            table.list th { width: auto; text-align: center; }
            table.list td { text-align: center; }
            .pre { white-space: pre-wrap; word-break: break-all; }
            .sign { text-align: right; margin-top: 12mm; text-indent: 0; }
            .note { font-size: 10.5pt; color: #333; text-indent: 0; }
            @media print { body { padding: 0; } th { background: none; } }
            """;

    private final StringBuilder body = new StringBuilder();
    private final String title;

    DocumentHtml(String title) {
        this.title = title;
        body.append("<h1>").append(esc(title)).append("</h1>\n");
    }

    DocumentHtml para(String text) {
        body.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    DocumentHtml sign(String... lines) {
        body.append("<p class=\"sign\">");
        for (int i = 0; i < lines.length; i++) {
            body.append(i == 0 ? "" : "<br>").append(esc(lines[i]));
        }
        body.append("</p>\n");
        return this;
    }

    DocumentHtml note(String text) {
        body.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
        return this;
    }

    /** A two-column form: label, value (kept as written, line breaks included). */
    DocumentHtml form(Object... labelValue) {
        body.append("<table>\n");
        for (int i = 0; i < labelValue.length; i += 2) {
            body.append("<tr><th>").append(esc(labelValue[i])).append("</th><td class=\"pre\">")
                    .append(esc(labelValue[i + 1] == null ? "—" : labelValue[i + 1])).append("</td></tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** A list with a header row. */
    DocumentHtml list(String[] headers, java.util.List<String[]> rows) {
        body.append("<table class=\"list\"><tr>");
        for (String h : headers) {
            body.append("<th>").append(esc(h)).append("</th>");
        }
        body.append("</tr>\n");
        for (String[] r : rows) {
            body.append("<tr>");
            for (String c : r) {
                body.append("<td>").append(esc(c == null ? "—" : c)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    String render() {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + "</title><style>" + STYLE + "</style></head>\n<body>\n" + body + "</body></html>\n";
    }

    static String esc(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
