package org.shouwang.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.shouwang.access.CurrentUsers;
import org.shouwang.intake.ImportJob;
import org.shouwang.intake.ImportJobs;
import org.shouwang.intake.ImportKind;
import org.shouwang.intake.internal.Workbooks;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports")
class ImportsController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportJobs jobs;
    private final CurrentUsers users;

    ImportsController(ImportJobs jobs, CurrentUsers users) {
        this.jobs = jobs;
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportJob upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String kind)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "FILE_REQUIRED", "请选择要上传的文件（.xlsx 或 .csv）");
        }
        return jobs.submit(kind(kind), file.getOriginalFilename(), file.getInputStream(), users.current(), true);
    }

    @GetMapping
    List<ImportJob> recent() {
        return jobs.recent(users.current());
    }

    @GetMapping("/{id}")
    ImportJob get(@PathVariable UUID id) {
        return jobs.find(id, users.current());
    }

    @GetMapping("/{id}/errors.xlsx")
    void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ImportJob job = jobs.find(id, users.current());
        attachment(response, XLSX, "错误报告-" + job.fileName().replaceAll("\\.(csv|xlsx|CSV|XLSX)$", "") + ".xlsx");
        jobs.writeErrorReport(id, users.current(), response.getOutputStream());
    }

    @GetMapping("/templates/{name}.{format}")
    void template(@PathVariable String name, @PathVariable String format, HttpServletResponse response) throws IOException {
        users.current();
        ImportKind kind = kind(name);
        List<List<String>> examples = Templates.examples(kind);
        if ("xlsx".equals(format)) {
            attachment(response, XLSX, kind.label() + "导入模板.xlsx");
            Workbooks.template(kind.headers(), examples, response.getOutputStream());
        } else if ("csv".equals(format)) {
            attachment(response, "text/csv;charset=UTF-8", kind.label() + "导入模板.csv");
            Workbooks.csv(kind.headers(), examples, response.getOutputStream());
        } else {
            throw ProblemException.notFound("模板格式 " + format);
        }
    }

    private static ImportKind kind(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase()) {
            case "households" -> ImportKind.HOUSEHOLDS;
            case "incomes" -> ImportKind.INCOMES;
            default -> throw new ProblemException(HttpStatus.BAD_REQUEST, "KIND_UNKNOWN", "导入类型只能是 households 或 incomes");
        };
    }

    private static void attachment(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }
}
