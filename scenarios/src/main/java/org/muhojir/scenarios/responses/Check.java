package org.muhojir.scenarios.responses;

import org.muhojir.core.outcome.ConfidenceInterval;

/**
 * An expectation measured: the mean paired response with its 95% interval across replications, and the verdict.
 *
 * @param expectation what was expected
 * @param measured    the response (policy minus baseline, or relative change), mean and 95% interval
 * @param verdict     pass, fail or inconclusive
 */
public record Check(Expectation expectation, ConfidenceInterval measured, Verdict verdict) {

    /** Judges a measured response. */
    public static Check of(Expectation expectation, double[] responses) {
        ConfidenceInterval measured = ConfidenceInterval.of(responses);
        return new Check(expectation, measured, expectation.expected().judge(measured));
    }
}
