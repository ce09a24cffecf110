package org.brainbridge.search.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Percentiles of the in-server latency runs, in bounded memory however many requests are answered. */
class LatencyRunTest {

    @Test
    void percentilesOfKnownLatencies() {
        Histogram nanos = LatencyRun.histogram();
        for (int ms = 1; ms <= 100; ms++) {
            nanos.recordValue(ms * 1_000_000L);
        }
        var report = LatencyRun.LatencyReport.of("known", 1, nanos, 2.0);

        assertThat(report.requests()).isEqualTo(100);
        assertThat(report.p50()).isCloseTo(50, within(0.05));
        assertThat(report.p90()).isCloseTo(90, within(0.09));
        assertThat(report.p99()).isCloseTo(99, within(0.1));
        assertThat(report.max()).isCloseTo(100, within(0.1));
        assertThat(report.throughput()).isEqualTo(50);
    }

    @Test
    void countsEveryRequestOfEveryClientAndNoWarmUp() {
        AtomicLong calls = new AtomicLong();
        var report = LatencyRun.run("count", List.of("a", "b", "c"), 3, 0.2, 0.3, input -> calls.incrementAndGet());

        assertThat(report.clients()).isEqualTo(3);
        assertThat(report.requests()).isPositive().isLessThan((int) calls.get());
        assertThat(report.p50()).isLessThanOrEqualTo(report.p90());
        assertThat(report.p90()).isLessThanOrEqualTo(report.p99());
        assertThat(report.p99()).isLessThanOrEqualTo(report.max());
    }

    @Test
    void anEmptyRunReportsZeros() {
        var report = LatencyRun.LatencyReport.of("none", 1, LatencyRun.histogram(), 1.0);

        assertThat(report.requests()).isZero();
        assertThat(report.p99()).isZero();
        assertThat(report.max()).isZero();
    }
}
