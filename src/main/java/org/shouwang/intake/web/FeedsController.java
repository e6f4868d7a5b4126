package org.shouwang.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.shouwang.access.ApiKeys;
import org.shouwang.access.CurrentUsers;
import org.shouwang.intake.Feed;
import org.shouwang.intake.FeedLayout;
import org.shouwang.intake.Feeds;
import org.shouwang.intake.internal.FeedTemplates;
import org.shouwang.shared.Department;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Department feeds: layouts and templates, file upload by a liaison, JSON push by a department's program, reports. */
@RestController
@RequestMapping("/api/feeds")
class FeedsController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** 10,000 rows of a wide layout stay well below this; anything larger is refused before it is parsed. */
    private static final long MAX_PUSH_BYTES = 20L * 1024 * 1024;

    private final Feeds feeds;
    private final CurrentUsers users;
    private final JsonMapper json;

    FeedsController(Feeds feeds, CurrentUsers users, JsonMapper json) {
        this.feeds = feeds;
        this.users = users;
        this.json = json;
    }

    record Push(List<Map<String, Object>> rows) {
    }

    @GetMapping("/layouts")
    List<FeedLayout> layouts() {
        if (ApiKeys.current().isEmpty()) {
            users.current(); // a program with a key may read the layouts too; anyone else must be signed in
        }
        return FeedLayout.all();
    }

    @GetMapping
    List<Feed> recent(@RequestParam(required = false) String department) {
        return feeds.recent(department == null || department.isBlank() ? null : department(department), users.current());
    }

    @GetMapping("/{id:\\d+}")
    Feed get(@PathVariable long id) {
        return feeds.find(id, users.current());
    }

    @GetMapping("/{id:\\d+}/outcomes")
    List<org.shouwang.intake.FeedOutcome> outcomes(@PathVariable long id) {
        return feeds.outcomes(id, users.current());
    }

    @GetMapping("/{id:\\d+}/report.xlsx")
    void report(@PathVariable long id, HttpServletResponse response) throws IOException {
        Feed feed = feeds.find(id, users.current());
        attachment(response, XLSX, feed.departmentLabel() + "-未匹配及错误行-" + feed.id() + ".xlsx");
        feeds.writeReport(id, users.current(), response.getOutputStream());
    }

    @GetMapping("/templates/{department}.{format}")
    void template(@PathVariable String department, @PathVariable String format, HttpServletResponse response) throws IOException {
        users.current();
        FeedLayout layout = FeedLayout.of(department(department));
        if ("xlsx".equals(format)) {
            attachment(response, XLSX, layout.departmentLabel() + "数据推送模板.xlsx");
            FeedTemplates.xlsx(layout, response.getOutputStream());
        } else if ("csv".equals(format)) {
            attachment(response, "text/csv;charset=UTF-8", layout.departmentLabel() + "数据推送模板.csv");
            FeedTemplates.csv(layout, response.getOutputStream());
        } else {
            throw ProblemException.notFound("模板格式 " + format);
        }
    }

    @PostMapping("/{department}/file")
    Feed upload(@PathVariable String department, @RequestParam(required = false) MultipartFile file) throws IOException {
        Department d = department(department);
        if (file == null || file.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "FILE_REQUIRED", "请选择要上传的文件（.xlsx 或 .csv）");
        }
        return feeds.upload(d, file.getOriginalFilename(), file.getInputStream(), users.current());
    }

    @PostMapping("/{department}")
    Feed push(@PathVariable String department, HttpServletRequest request) throws IOException {
        Department d = department(department);
        // read by hand, bounded, so that an oversized body is refused before it is parsed into memory
        if (request.getContentLengthLong() > MAX_PUSH_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = request.getInputStream().readNBytes((int) MAX_PUSH_BYTES + 1);
        if (bytes.length > MAX_PUSH_BYTES) {
            throw tooLarge();
        }
        Push body;
        try {
            body = bytes.length == 0 ? null : json.readValue(bytes, Push.class);
        } catch (JacksonException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                    "请求体不是有效的 JSON，应为 {\"rows\": [{\"name\": …, \"idNumber\": …}]}");
        }
        List<Map<String, Object>> rows = body == null ? null : body.rows();
        return ApiKeys.current().map(caller -> feeds.push(d, rows, caller))
                .orElseGet(() -> feeds.push(d, rows, users.current()));
    }

    private static ProblemException tooLarge() {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE", "请求体超过 20 MB，请分批推送");
    }

    private static Department department(String text) {
        for (Department d : Department.values()) {
            if (d.name().equalsIgnoreCase(text.replace('-', '_')) || d.label().equals(text)) {
                return d;
            }
        }
        throw new ProblemException(HttpStatus.NOT_FOUND, "DEPARTMENT_UNKNOWN", "没有“" + text + "”这个部门，可选："
                + String.join("、", java.util.Arrays.stream(Department.values()).map(Department::name).toList()));
    }

    private static void attachment(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }
}
