package org.shouwang.intake.internal;

import java.time.Duration;

/** A public request refused by a rate limit; answered 429 with Retry-After. */
public class RateLimited extends RuntimeException {

    private final Duration retryAfter;

    RateLimited(RateLimits.Exceeded exceeded) {
        super("提交或查询过于频繁（" + exceeded.limit().name() + "），请" + wait(exceeded.retryAfter()) + "后再试");
        this.retryAfter = exceeded.retryAfter();
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    private static String wait(Duration d) {
        long minutes = (d.toSeconds() + 59) / 60;
        return minutes >= 120 ? "约" + (minutes + 59) / 60 + "小时" : minutes + "分钟";
    }
}
