package org.shouwang.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.shouwang.access.CurrentUsers;
import org.shouwang.intake.ComparisonImport;
import org.shouwang.intake.ComparisonImports;
import org.shouwang.intake.internal.ComparisonLayout;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 信息比对结果导入: the template, the upload that takes the comparison step of each household's case, the error report. */
@RestController
@RequestMapping("/api/cases/comparisons")
class ComparisonsController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ComparisonImports imports;
    private final CurrentUsers users;

    ComparisonsController(ComparisonImports imports, CurrentUsers users) {
        this.imports = imports;
        this.users = users;
    }

    @GetMapping("/template.{format}")
    void template(@PathVariable String format, HttpServletResponse response) throws IOException {
        users.current();
        if ("xlsx".equals(format)) {
            attachment(response, XLSX, "信息比对结果导入模板.xlsx");
            ComparisonLayout.xlsx(response.getOutputStream());
        } else if ("csv".equals(format)) {
            attachment(response, "text/csv;charset=UTF-8", "信息比对结果导入模板.csv");
            ComparisonLayout.csv(response.getOutputStream());
        } else {
            throw ProblemException.notFound("模板格式 " + format);
        }
    }

    @PostMapping
    ComparisonImport upload(@RequestParam(required = false) MultipartFile file) throws IOException {
        var user = users.current();
        ComparisonImports.requireUploader(user);
        if (file == null || file.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "FILE_REQUIRED", "请选择要上传的文件（.xlsx 或 .csv）");
        }
        return imports.upload(file.getOriginalFilename(), file.getSize(), file.getInputStream(), user);
    }

    @GetMapping("/{reportId}/errors.xlsx")
    void errors(@PathVariable String reportId, HttpServletResponse response) throws IOException {
        var rows = imports.report(reportId, users.current()).orElseThrow(() -> ProblemException.notFound("错误报告（已过期或不存在）"));
        attachment(response, XLSX, "信息比对结果-未导入行.xlsx");
        ComparisonImports.writeReport(rows, response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }
}
