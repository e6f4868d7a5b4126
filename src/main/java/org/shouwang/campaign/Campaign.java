package org.shouwang.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.shouwang.shared.RegionCode;

/** A 集中排查 campaign as the API shows it. */
public record Campaign(long id, String name, int year, String regionCode, String regionName, LocalDate profileDate,
        LocalDate incomeFrom, LocalDate incomeTo, CampaignState state, String createdBy, OffsetDateTime createdAt,
        OffsetDateTime startedAt, OffsetDateTime closedAt, int version, List<Phase> phases, long households) {

    @com.fasterxml.jackson.annotation.JsonProperty("stateLabel")
    public String stateLabel() {
        return state.label();
    }

    /** Visible to a user whose scope lies inside the campaign's (a village sees the county's campaign) or around it. */
    public boolean visibleTo(RegionCode scope) {
        return scope.covers(regionCode) || new RegionCode(regionCode).covers(scope.value());
    }

    public LocalDate startedOn() {
        return startedAt == null ? null : startedAt.toLocalDate();
    }
}
