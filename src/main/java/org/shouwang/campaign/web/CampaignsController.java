package org.shouwang.campaign.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUsers;
import org.shouwang.campaign.Campaign;
import org.shouwang.campaign.CampaignAssignments;
import org.shouwang.campaign.CampaignDraft;
import org.shouwang.campaign.CampaignProgress;
import org.shouwang.campaign.CampaignSummary;
import org.shouwang.campaign.Campaigns;
import org.shouwang.shared.ProblemException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 集中排查: campaigns, their phases, 包片 and screeners, progress, 不落一户 and the summary. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignsController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Campaigns campaigns;
    private final CampaignAssignments assignments;
    private final CampaignProgress progress;
    private final CampaignSummary summary;
    private final CurrentUsers users;

    CampaignsController(Campaigns campaigns, CampaignAssignments assignments, CampaignProgress progress,
            CampaignSummary summary, CurrentUsers users) {
        this.campaigns = campaigns;
        this.assignments = assignments;
        this.progress = progress;
        this.summary = summary;
        this.users = users;
    }

    record VersionRequest(Integer version) {
        int required() {
            if (version == null) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "VERSION_REQUIRED", "请求缺少版本号（version）");
            }
            return version;
        }
    }

    record RegionAssignmentRequest(String regionCode, Long gridId, String username) {
    }

    record HouseholdAssignmentRequest(String username) {
    }

    record VillageReassignRequest(String regionCode, String fromUsername, String toUsername) {
    }

    @GetMapping
    List<Campaign> list() {
        return campaigns.list(users.current());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Campaign create(@RequestBody CampaignDraft draft) {
        return campaigns.create(draft, users.current());
    }

    @GetMapping("/{id:\\d+}")
    Campaign detail(@PathVariable long id) {
        return campaigns.visible(id, users.current());
    }

    @PutMapping("/{id:\\d+}")
    Campaign update(@PathVariable long id, @RequestBody CampaignDraft draft) {
        return campaigns.update(id, draft, users.current());
    }

    @GetMapping("/{id:\\d+}/policy")
    Campaigns.CampaignPolicy policy(@PathVariable long id) {
        return campaigns.policy(id, users.current());
    }

    @GetMapping("/{id:\\d+}/phases")
    Object phases(@PathVariable long id) {
        return progress.progress(id, null, users.current()).phases();
    }

    @PostMapping("/{id:\\d+}/start")
    Campaign start(@PathVariable long id, @RequestBody VersionRequest body) {
        return campaigns.start(id, body.required(), users.current());
    }

    @PostMapping("/{id:\\d+}/close")
    Campaign close(@PathVariable long id, @RequestBody VersionRequest body) {
        return campaigns.close(id, body.required(), users.current());
    }

    @GetMapping("/{id:\\d+}/assignments")
    CampaignAssignments.Overview assignments(@PathVariable long id) {
        return assignments.overview(id, users.current());
    }

    @PostMapping("/{id:\\d+}/assignments")
    CampaignAssignments.Overview assignRegion(@PathVariable long id, @RequestBody RegionAssignmentRequest body) {
        assignments.assignRegion(id, body.regionCode(), body.gridId(), body.username(), users.current());
        return assignments.overview(id, users.current());
    }

    @PutMapping("/{id:\\d+}/households/{householdId:\\d+}/screener")
    Map<String, Object> reassignHousehold(@PathVariable long id, @PathVariable long householdId,
            @RequestBody HouseholdAssignmentRequest body) {
        assignments.reassignHousehold(id, householdId, body.username(), users.current());
        return Map.of("householdId", householdId, "screener", body.username().strip());
    }

    @PostMapping("/{id:\\d+}/screeners/reassign")
    Map<String, Object> reassignVillage(@PathVariable long id, @RequestBody VillageReassignRequest body) {
        int moved = assignments.reassignVillage(id, body.regionCode(), body.fromUsername(), body.toUsername(),
                users.current());
        return Map.of("moved", moved);
    }

    @GetMapping("/{id:\\d+}/households")
    CampaignProgress.Page households(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String region, @RequestParam(required = false) String screener,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return progress.households(id, status, region, screener, page, size, users.current());
    }

    @GetMapping("/{id:\\d+}/progress")
    CampaignProgress.Progress progress(@PathVariable long id, @RequestParam(required = false) String region) {
        return progress.progress(id, region, users.current());
    }

    @GetMapping("/{id:\\d+}/unscreened.xlsx")
    void unscreened(@PathVariable long id, @RequestParam(required = false) String region, HttpServletResponse response)
            throws IOException {
        var user = users.current();
        attachment(response, progress.unscreenedFileName(id, region, user));
        progress.exportUnscreened(id, region, user, response.getOutputStream());
    }

    @GetMapping("/{id:\\d+}/summary")
    CampaignSummary.Summary summary(@PathVariable long id) {
        return summary.summary(id, users.current());
    }

    @GetMapping("/{id:\\d+}/summary.xlsx")
    void summaryXlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        var user = users.current();
        Campaign c = campaigns.visible(id, user);
        attachment(response, c.name() + "-总结.xlsx");
        summary.exportXlsx(id, user, response.getOutputStream());
    }

    /** Printable; the page has no scripts and the policy forbids any, so a name typed with markup stays text. */
    @GetMapping(value = "/{id:\\d+}/summary/print", produces = "text/html;charset=UTF-8")
    ResponseEntity<String> summaryPrint(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(summary.printable(id, users.current()));
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
