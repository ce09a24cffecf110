package org.brainbridge.generator;

import java.util.List;

/**
 * A small, fast, seedable random source (SplitMix64). Every generated entity gets its own stream, derived from the
 * run's seed, a stream number and the entity's index: an entity's attributes are then a pure function of those three,
 * so they can be recomputed anywhere (an enterprise's technologies when one of its products is written) instead of
 * being kept in memory, and the output does not depend on the order in which entities are visited.
 */
final class Rand {

    private long state;

    private Rand(long state) {
        this.state = state;
    }

    static Rand of(long seed, int stream, long index) {
        return new Rand(mix(seed * 0x9E3779B97F4A7C15L + mix(stream * 0xD1B54A32D192ED03L + index)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double unit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, n). */
    int below(int n) {
        return (int) (unit() * n);
    }

    /** Uniform in [lo, hi], both included. */
    int between(int lo, int hi) {
        return lo + below(hi - lo + 1);
    }

    boolean chance(double p) {
        return unit() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    <T> T pick(T[] items) {
        return items[below(items.length)];
    }

    int pick(int[] items) {
        return items[below(items.length)];
    }

    /**
     * A rank in [0, n) drawn from a (continuous) Zipf law p(r) ~ (r + q)^-s: rank 0 is the biggest hub. The inverse
     * of the closed-form distribution function, so drawing costs one pow and needs no table, whatever n is.
     */
    int zipf(int n, double s, double q) {
        if (n <= 1) {
            return 0;
        }
        double u = unit();
        double x;
        if (Math.abs(s - 1) < 1e-9) {
            x = q * Math.pow((n + q) / q, u) - q;
        } else {
            double e = 1 - s;
            double lo = Math.pow(q, e);
            double hi = Math.pow(n + q, e);
            x = Math.pow(lo + u * (hi - lo), 1 / e) - q;
        }
        int r = (int) x;
        return r < 0 ? 0 : Math.min(r, n - 1);
    }

    /** An index into cumulative weights (the last entry is the total). */
    int weighted(double[] cumulative) {
        double x = unit() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static double[] cumulative(double... weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    /** An entry of the pool drawn with a Zipf law over its positions (the first entries are the hubs). */
    int zipfOf(int[] pool, double s, double q) {
        return pool[zipf(pool.length, s, q)];
    }

    /** Up to k distinct entries of the pool, Zipf-weighted by position, in the order drawn. */
    int[] distinct(int[] pool, int k, double s, double q) {
        int want = Math.min(k, pool.length);
        int[] out = new int[want];
        int n = 0;
        for (int attempt = 0; n < want && attempt < want * 6; attempt++) {
            int v = zipfOf(pool, s, q);
            boolean seen = false;
            for (int i = 0; i < n && !seen; i++) {
                seen = out[i] == v;
            }
            if (!seen) {
                out[n++] = v;
            }
        }
        return n == want ? out : java.util.Arrays.copyOf(out, n);
    }
}
