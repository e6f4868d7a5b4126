package org.shouwang.elimination;

import java.time.OffsetDateTime;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.elimination.internal.HistoryStore;
import org.shouwang.registry.Monitoring;
import org.shouwang.registry.MonitoringCategory;
import org.springframework.stereotype.Service;

/** A household's whole monitoring history for its page: identifications, eliminations, rollbacks and removals. */
@Service
public class MonitoringHistory {

    /** One entry; {@code link} is the page of the case or request ("cases/12", "eliminations/3", "requests/4"). */
    public record Entry(OffsetDateTime at, String kind, String kindLabel, String title, String note, String actor,
            String link) {
    }

    public record History(long householdId, String status, String statusLabel, List<Entry> entries) {
    }

    private final HistoryStore store;
    private final Eligibilities eligibilities;

    MonitoringHistory(HistoryStore store, Eligibilities eligibilities) {
        this.store = store;
        this.eligibilities = eligibilities;
    }

    public History of(long householdId, CurrentUser user) {
        Monitoring.Household h = eligibilities.visible(householdId, user);
        List<Entry> entries = store.of(h.id()).stream().map(MonitoringHistory::entry).toList();
        return new History(h.id(), h.status().name(), h.status().label(), entries);
    }

    private static Entry entry(HistoryStore.Milestone m) {
        return switch (m.source()) {
            case "IDENTIFICATION" -> new Entry(m.at(), "IDENTIFICATION", "识别认定", identification(m), m.note() == null
                    || "ANNOUNCEMENT".equals(m.step()) ? null : m.note(), m.actor(), "cases/" + m.refId());
            case "ELIMINATION" -> new Entry(m.at(), "ELIMINATION", "风险消除", elimination(m), m.note(), m.actor(),
                    "eliminations/" + m.refId());
            default -> new Entry(m.at(), m.kind(), RequestKind.valueOf(m.kind()).label(), request(m), m.note(), m.actor(),
                    "eliminations/requests/" + m.refId());
        };
    }

    private static String identification(HistoryStore.Milestone m) {
        if ("OPEN".equals(m.step())) {
            return "启动识别认定";
        }
        if ("ANNOUNCEMENT".equals(m.step())) {
            String category = m.note() == null ? "" : "（" + MonitoringCategory.valueOf(m.note()).label() + "）";
            return "公告纳入监测" + category;
        }
        return "不予纳入";
    }

    private static String elimination(HistoryStore.Milestone m) {
        String method = EliminationMethod.valueOf(m.kind()).label();
        if ("PROPOSE".equals(m.step())) {
            return "提出风险消除（" + method + "）";
        }
        return "ANNOUNCEMENT".equals(m.step()) ? "公告风险消除（" + method + "）" : "未予消除";
    }

    private static String request(HistoryStore.Milestone m) {
        String kind = RequestKind.valueOf(m.kind()).label();
        if ("REQUEST".equals(m.step())) {
            return "提出" + kind + "申请";
        }
        return kind + (RequestState.APPROVED.name().equals(m.stateAfter()) ? "：县级批准" : "：县级未批准");
    }
}
