package org.shouwang.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 统计看板 of one region for a period: figures for the region as a whole ({@code total}) and per township or village
 * ({@code rows}, the drill-down), the breakdowns the charts draw and the running campaigns' progress.
 *
 * @param tallied           when the counts of households and campaign progress were last rebuilt
 * @param problemsAvailable false when 问题台账 is not installed, so the page can say so instead of showing 0
 */
public record DashboardView(String regionCode, String regionName, int level, LocalDate from, LocalDate to,
        LocalDate today, OffsetDateTime tallied, Row total, List<Row> rows, List<Count> householdTypes,
        List<Count> monitoringStatuses, List<Count> monitoringCategories, List<Count> riskTypes, List<Month> months, List<CampaignRef> campaigns,
        boolean problemsAvailable) {

    /**
     * One township or village. {@code monitored}: households ever announced as monitored and not removed (风险未消除 +
     * 风险已消除); {@code riskActive}: 风险未消除 only. {@code identified} and {@code eliminated} are announcements in
     * the period.
     */
    public record Row(String regionCode, String regionName, int households, int povertyAlleviated, int ordinary,
            int identifying, int riskActive, int riskEliminated, int monitored, int identified, int eliminated,
            int overdueClues, int overdueProblems, int campaignInScope, int campaignScreened, int campaignFlagged) {
    }

    /** A code, its Chinese label and how many households. */
    public record Count(String code, String label, int count) {
    }

    /** Announcements of one month (yyyy-MM): new monitored households and eliminations. */
    public record Month(String month, int identified, int eliminated) {
    }

    public record CampaignRef(long id, String name, int year) {
    }
}
