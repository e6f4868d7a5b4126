package org.shouwang.reporting.web;

import org.shouwang.access.CurrentUsers;
import org.shouwang.reporting.Worklist;
import org.shouwang.reporting.WorklistCounts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 我的待办: the signed-in user's due-soon and overdue work, its badge figure, and the counts per township or village. */
@RestController
class WorklistController {

    private final Worklist worklist;
    private final WorklistCounts counts;
    private final CurrentUsers current;

    WorklistController(Worklist worklist, WorklistCounts counts, CurrentUsers current) {
        this.worklist = worklist;
        this.counts = counts;
        this.current = current;
    }

    @GetMapping("/api/worklist")
    Worklist.Mine mine() {
        return worklist.mine(current.current());
    }

    @GetMapping("/api/worklist/summary")
    Worklist.Summary summary() {
        return worklist.summary(current.current());
    }

    @GetMapping("/api/worklist/counts")
    WorklistCounts.Counts counts(@RequestParam(required = false) String region) {
        return counts.counts(region, current.current());
    }
}
