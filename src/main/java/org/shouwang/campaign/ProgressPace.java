package org.shouwang.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.shouwang.shared.Labelled;

/**
 * Whether a region keeps pace with the screening deadline, with the reason an official sees. The expected share
 * grows evenly from the campaign's start to the screening deadline (the plans give only the deadline; an even pace
 * is what the biweekly progress reports of plan 000 compare against).
 */
public record ProgressPace(Pace pace, String reason) {

    public enum Pace implements Labelled {
        DONE("已完成"), ON_TRACK("进度正常"), BEHIND("进度滞后"), NOT_STARTED("未启动");

        private final String label;

        Pace(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public static ProgressPace of(long total, long screened, LocalDate startedOn, LocalDate due, LocalDate today) {
        if (total == 0 || screened >= total) {
            return new ProgressPace(Pace.DONE, "全部 " + total + " 户已排查");
        }
        if (startedOn == null) {
            return new ProgressPace(Pace.NOT_STARTED, "排查尚未启动");
        }
        long pending = total - screened;
        if (due == null) {
            return new ProgressPace(Pace.ON_TRACK, "未设排查截止日期，尚有 " + pending + " 户未排查");
        }
        if (today.isAfter(due)) {
            return new ProgressPace(Pace.BEHIND, "排查已于 " + due + " 截止，仍有 " + pending + " 户未排查");
        }
        // days fully gone since the start (none on the first day), out of the days up to and including the deadline
        long span = Math.max(1, ChronoUnit.DAYS.between(startedOn, due) + 1);
        long elapsed = Math.min(span, Math.max(0, ChronoUnit.DAYS.between(startedOn, today)));
        long expected = total * elapsed / span;
        if (screened >= expected) {
            return new ProgressPace(Pace.ON_TRACK, "已排查 " + screened + " 户，按期应至少 " + expected + " 户");
        }
        return new ProgressPace(Pace.BEHIND, "已排查 " + screened + " 户，按期应至少 " + expected + " 户，落后 "
                + (expected - screened) + " 户");
    }
}
