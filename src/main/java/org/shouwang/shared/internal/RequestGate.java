package org.shouwang.shared.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a few requests work at a time, in arrival order, and holds the rest at the door. A county server often has
 * two to four cores: when fifty requests run at once, the scheduler slices every one of them thin and each takes
 * as long as the slowest; in turn, each is served whole and the wait is shared out evenly. Tomcat keeps its many
 * threads for what is slow for another reason (a phone uploading a file over a weak signal is not gated), and no
 * request waits for a permit longer than {@link #MAX_WAIT_MILLIS}: past that it goes on ungated, so a few long
 * exports can delay the others, never stop them.
 */
final class RequestGate extends OncePerRequestFilter {

    static final long MAX_WAIT_MILLIS = 2_000;
    static final long LARGE_BODY_BYTES = 256 * 1024;

    private final Semaphore permits;

    RequestGate(int permits) {
        this.permits = new Semaphore(permits, true);
    }

    int available() {
        return permits.availablePermits();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean held;
        try {
            held = permits.tryAcquire(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            held = false;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (held) {
                permits.release();
            }
        }
    }

    /**
     * A file, or a large body such as a department's pushed feed, arrives at the sender's pace: holding a permit
     * while it trickles in would idle a core.
     */
    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, 10)
                || request.getContentLengthLong() > LARGE_BODY_BYTES;
    }
}
