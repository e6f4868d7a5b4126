package org.shouwang.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shouwang.access.CurrentUser;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.ProfileEdits;
import org.shouwang.registry.Members;
import org.shouwang.screening.Fact;
import org.shouwang.screening.Facts;
import org.shouwang.screening.ScreeningRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Gives the demo county something to discover: its policy profile, a few dozen rows from each department, and a
 * first screening run, so the clue inbox and the household explanations have content on first start.
 */
@Component
@Profile("demo")
class DemoDiscovery {

    private static final Logger log = LoggerFactory.getLogger(DemoDiscovery.class);
    static final int ROWS_PER_DEPARTMENT = 60;

    private final ProfileEdits edits;
    private final PolicyProfiles profiles;
    private final Members members;
    private final Facts facts;
    private final ScreeningRuns runs;
    private final Clock clock;

    DemoDiscovery(ProfileEdits edits, PolicyProfiles profiles, Members members, Facts facts, ScreeningRuns runs, Clock clock) {
        this.edits = edits;
        this.profiles = profiles;
        this.members = members;
        this.facts = facts;
        this.runs = runs;
        this.clock = clock;
    }

    /** Loads the demo's discovery data unless its profile exists already. */
    void ensure(DemoCountyGenerator generator, CurrentUser admin, String county) {
        boolean defined = profiles.all().stream().anyMatch(p -> DemoPolicy.NAME.equals(p.ref().name()));
        if (!defined) {
            load(generator, admin, county);
        }
    }

    private void load(DemoCountyGenerator generator, CurrentUser admin, String county) {
        DemoPolicy.define(edits, profiles, admin, county);
        List<DemoFeeds.Row> rows = new DemoFeeds(generator, LocalDate.now(clock)).rows(ROWS_PER_DEPARTMENT);
        var found = members.byIdNumbers(rows.stream().map(DemoFeeds.Row::idNumber).toList());
        List<Fact> list = new ArrayList<>();
        int n = 0;
        for (DemoFeeds.Row r : rows) {
            n++;
            var m = found.get(r.idNumber());
            if (m != null) {
                list.add(new Fact(m.householdId(), m.memberId(), r.department(), r.kind(), r.date(), r.amount(),
                        r.fields(), "demo-feed:" + n, "演示数据 · " + r.department().label() + " · 第" + n + "行",
                        "demo:" + r.department() + ":" + r.idNumber() + ":" + r.kind()));
            }
        }
        Facts.Recorded recorded = facts.record(list);
        log.info("Demo department rows: {} stored, {} clue signals", recorded.stored(), recorded.clues());
        runs.startScheduled(county);
    }

}
