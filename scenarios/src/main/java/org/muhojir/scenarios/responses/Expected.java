package org.muhojir.scenarios.responses;

import org.muhojir.core.outcome.ConfidenceInterval;

/**
 * What economics expects of a response: a direction, or a range for its size. Judged on the 95% interval of the
 * paired differences (policy minus baseline, replication by replication), in the outcome's scale.
 */
public sealed interface Expected {

    /** The verdict for a measured response. */
    Verdict judge(ConfidenceInterval measured);

    /** In words, for tables: "up", "down", "+10.0% to +30.0%", in the outcome's shown unit. */
    String describe(Outcome outcome);

    /** The response rises. */
    static Expected up() {
        return new Sign(1);
    }

    /** The response falls. */
    static Expected down() {
        return new Sign(-1);
    }

    /** The response lies between {@code low} and {@code high}, in the outcome's scale (a share for RELATIVE). */
    static Expected between(double low, double high) {
        return new Range(low, high);
    }

    /**
     * A direction: pass when the whole interval is on the expected side of zero, fail when it is wholly on the
     * other side, inconclusive when it straddles zero.
     *
     * @param sign +1 for a rise, -1 for a fall
     */
    record Sign(int sign) implements Expected {
        public Sign {
            if (sign != 1 && sign != -1) {
                throw new IllegalArgumentException("a sign is +1 or -1, was " + sign);
            }
        }

        @Override
        public Verdict judge(ConfidenceInterval measured) {
            double low = sign * measured.low();
            double high = sign * measured.high();
            if (Math.min(low, high) > 0) {
                return Verdict.PASS;
            }
            if (Math.max(low, high) < 0) {
                return Verdict.FAIL;
            }
            return Verdict.INCONCLUSIVE;
        }

        @Override
        public String describe(Outcome outcome) {
            return sign > 0 ? "up" : "down";
        }
    }

    /**
     * A size: pass when the mean is within {@code [low, high]} and, if the range is on one side of zero, the
     * interval is too (the sign is established); fail when the interval lies wholly outside the range;
     * inconclusive otherwise.
     *
     * @param low  the smallest response economics accepts, in the outcome's scale
     * @param high the largest
     */
    record Range(double low, double high) implements Expected {
        public Range {
            if (!(low < high)) {
                throw new IllegalArgumentException("a range needs low < high, was " + low + " to " + high);
            }
        }

        @Override
        public Verdict judge(ConfidenceInterval measured) {
            if (measured.high() < low || measured.low() > high) {
                return Verdict.FAIL;
            }
            boolean meanInside = measured.mean() >= low && measured.mean() <= high;
            boolean signKnown = low <= 0 && high >= 0 || (low > 0 ? measured.low() > 0 : measured.high() < 0);
            return meanInside && signKnown ? Verdict.PASS : Verdict.INCONCLUSIVE;
        }

        @Override
        public String describe(Outcome outcome) {
            return outcome.format(low) + " to " + outcome.format(high);
        }
    }
}
