package org.shouwang.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestGateTest {

    @Test
    void atMostThePermittedRequestsWorkAtOnceAndEveryOneIsServed() throws Exception {
        RequestGate gate = new RequestGate(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        Thread[] threads = new Thread[12];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                try {
                    gate.doFilter(new MockHttpServletRequest("GET", "/api/households"), new MockHttpServletResponse(),
                            (req, res) -> {
                                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                sleep(20);
                                inside.decrementAndGet();
                                served.incrementAndGet();
                            });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(served.get()).isEqualTo(12);
        assertThat(gate.available()).isEqualTo(2);
    }

    @Test
    void anUploadIsNotHeldAtTheDoorAndAFailingRequestGivesItsPermitBack() throws Exception {
        RequestGate gate = new RequestGate(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = holdThePermit(gate, release);
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/imports");
        upload.setContentType("multipart/form-data; boundary=x");
        long start = System.nanoTime();
        AtomicInteger uploads = new AtomicInteger();
        gate.doFilter(upload, new MockHttpServletResponse(), (req, res) -> uploads.incrementAndGet());
        assertThat(uploads.get()).isEqualTo(1);
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
        release.countDown();
        slow.join();
        try {
            gate.doFilter(new MockHttpServletRequest("GET", "/api/x"), new MockHttpServletResponse(), (req, res) -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the permit must come back all the same
        }
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void aRequestWaitsAtMostTheLimitAndThenGoesOn() throws Exception {
        RequestGate gate = new RequestGate(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = holdThePermit(gate, release);
        long start = System.nanoTime();
        AtomicInteger served = new AtomicInteger();
        gate.doFilter(new MockHttpServletRequest("GET", "/api/households"), new MockHttpServletResponse(),
                (req, res) -> served.incrementAndGet());
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(served.get()).isEqualTo(1);
        assertThat(waited).isBetween(RequestGate.MAX_WAIT_MILLIS - 50, RequestGate.MAX_WAIT_MILLIS + 2_000);
        release.countDown();
        slow.join();
        assertThat(gate.available()).isEqualTo(1);
    }

    /** A long export that takes the only permit and keeps it until released. */
    private static Thread holdThePermit(RequestGate gate, CountDownLatch release) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Thread slow = new Thread(() -> {
            try {
                gate.doFilter(new MockHttpServletRequest("GET", "/api/export"), new MockHttpServletResponse(), (req, res) -> {
                    holding.countDown();
                    await(release);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        slow.start();
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        return slow;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
