package org.shouwang.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Sliding-window counters for the public, login-free endpoints, kept in memory: they protect one server from a
 * flood and a person from having their ID number used over and over. Counts are lost on restart and are not shared
 * between servers; with several servers behind a balancer, each allows the limit (docs/api.md says so).
 */
@Component
public class RateLimits {

    /** A rule: at most {@code max} events per {@code window} for one key. */
    public record Limit(String name, int max, Duration window) {
    }

    /** Over the limit: how long until one more is allowed. */
    public record Exceeded(Limit limit, Duration retryAfter) {
    }

    // beyond this many keys, windows that have run out are swept, so a scan of many addresses cannot fill memory
    private static final int SWEEP_AT = 50_000;

    private final Clock clock;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();

    RateLimits(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts one event for {@code key} under every limit and refuses it when any is already full; a refused event is
     * not counted, so waiting the Retry-After time always helps.
     */
    public Optional<Exceeded> acquire(String key, Limit... limits) {
        long now = clock.millis();
        if (events.size() > SWEEP_AT) {
            sweep(now);
        }
        Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            long longest = 0;
            for (Limit l : limits) {
                longest = Math.max(longest, l.window().toMillis());
            }
            while (!times.isEmpty() && times.peekFirst() <= now - longest) {
                times.pollFirst();
            }
            for (Limit l : limits) {
                long from = now - l.window().toMillis();
                int inWindow = 0;
                for (var it = times.descendingIterator(); it.hasNext() && it.next() > from; ) {
                    inWindow++;
                }
                if (inWindow >= l.max()) {
                    // the window frees up when the oldest event that fills it leaves it
                    long nth = nthNewest(times, l.max());
                    return Optional.of(new Exceeded(l, Duration.ofMillis(Math.max(1000, nth + l.window().toMillis() - now))));
                }
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    private static long nthNewest(Deque<Long> times, int n) {
        int i = 0;
        long t = 0;
        for (var it = times.descendingIterator(); it.hasNext() && i < n; i++) {
            t = it.next();
        }
        return t;
    }

    private void sweep(long now) {
        long day = Duration.ofDays(1).toMillis();
        events.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast() <= now - day;
            }
        });
    }

    /** Forgets every count whose key starts with the prefix (tests, and an operator clearing a false alarm). */
    public void forget(String keyPrefix) {
        events.keySet().removeIf(k -> k.startsWith(keyPrefix));
    }
}
