package org.shouwang.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.access.Role;
import org.shouwang.reporting.LedgerInfo;
import org.shouwang.reporting.LedgerKind;
import org.shouwang.reporting.LedgerPage;
import org.shouwang.reporting.LedgerPeriod;
import org.shouwang.reporting.Ledgers;
import org.shouwang.reporting.ReportScope;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 标准台账: the catalogue, a paged preview and the .xlsx export, each for a region inside the user's scope. */
@RestController
class LedgersController {

    private final Ledgers ledgers;
    private final CurrentUsers current;

    LedgersController(Ledgers ledgers, CurrentUsers current) {
        this.ledgers = ledgers;
        this.current = current;
    }

    @GetMapping("/api/ledgers")
    List<LedgerInfo> catalogue() {
        user();
        return ledgers.catalogue();
    }

    @GetMapping("/api/ledgers/{kind:[a-z]+}")
    LedgerPage page(@PathVariable String kind, @RequestParam(required = false) String region,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String reveal) {
        CurrentUser user = user();
        LedgerKind k = kind(kind);
        ReportScope scope = ReportScope.of(region, user);
        LedgerPeriod period = LedgerPeriod.parse(from, to);
        return ledgers.page(k, scope, period, number(page, 1, "页码"), number(size, 50, "每页行数"), flag(reveal), user);
    }

    @GetMapping("/api/ledgers/{kind:[a-z]+}.xlsx")
    void export(@PathVariable String kind, @RequestParam(required = false) String region,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String reveal, HttpServletResponse response) throws IOException {
        CurrentUser user = user();
        LedgerKind k = kind(kind);
        ReportScope scope = ReportScope.of(region, user);
        LedgerPeriod period = LedgerPeriod.parse(from, to);
        boolean show = flag(reveal);
        ledgers.prepareExport(k, show, user);
        String name = URLEncoder.encode(ledgers.fileName(k, scope), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger.xlsx\"; filename*=UTF-8''" + name);
        response.setHeader("Cache-Control", "no-store");
        try {
            ledgers.export(k, scope, period, show, user, response.getOutputStream());
        } catch (RuntimeException e) {
            // the workbook reaches the stream only at its end, so a failure usually comes before any byte: drop the
            // .xlsx headers so that the error can still be answered as a problem
            if (!response.isCommitted()) {
                response.reset();
            }
            throw e;
        }
    }

    /** A department liaison sends his department's data and reads no household ledger. */
    private CurrentUser user() {
        CurrentUser user = current.current();
        if (user.role() == Role.DEPARTMENT_LIAISON) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", "您的角色（" + user.role().label() + "）不能查看台账");
        }
        return user;
    }

    private static LedgerKind kind(String path) {
        return LedgerKind.byPath(path).orElseThrow(() -> ProblemException.notFound("台账"));
    }

    private static int number(String text, int fallback, String name) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.strip();
        if (t.length() > 9 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_PAGE", name + "须为正整数");
        }
        return Integer.parseInt(t);
    }

    private static boolean flag(String text) {
        if (text == null || text.isBlank() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_REVEAL", "reveal 只能为 true 或 false");
    }
}
