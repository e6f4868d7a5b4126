package org.shouwang.campaign;

import java.time.LocalDate;

/** One phase of a campaign with its deadline, and where it stands on a given day. */
public record Phase(int seq, PhaseKind kind, String name, LocalDate dueOn) {

    public enum Status {
        /** its deadline has passed */
        PAST,
        /** the first phase whose deadline has not passed */
        CURRENT,
        UPCOMING
    }

    /** The status of each phase of {@code phases} (ordered by seq) on {@code today}. */
    public static Status[] statuses(java.util.List<Phase> phases, LocalDate today) {
        Status[] out = new Status[phases.size()];
        boolean currentSeen = false;
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).dueOn().isBefore(today)) {
                out[i] = Status.PAST;
            } else if (!currentSeen) {
                out[i] = Status.CURRENT;
                currentSeen = true;
            } else {
                out[i] = Status.UPCOMING;
            }
        }
        return out;
    }

    /** The deadline screening must meet: the SCREENING phase's, else the last phase's; null without phases. */
    public static LocalDate screeningDue(java.util.List<Phase> phases) {
        return phases.stream().filter(p -> p.kind() == PhaseKind.SCREENING).map(Phase::dueOn).findFirst()
                .orElse(phases.isEmpty() ? null : phases.get(phases.size() - 1).dueOn());
    }
}
