package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * The fixture of a run-level shock test: the baseline and the policy run that {@link #pair()} makes, run once for
 * the test class (the runs take a second or two) and compared by its tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PairedRunTest {
    /** The destination most shocks in these tests target. */
    static final Destination RUSSIA = Destination.RUSSIA;

    /** The runs compared; set before the first test. */
    PairedRun runs;

    @BeforeAll
    final void runBoth() {
        runs = pair();
    }

    /** The baseline and the policy run this class compares. */
    abstract PairedRun pair();

    /**
     * Asserts that the policy run's irregular migrants at {@code d} at the end of {@code month} are fewer than
     * {@code share} of the baseline's.
     */
    void assertIrregularBelow(Destination d, int month, double share) {
        double ratio = runs.policyOverBaseline(month, o -> ShockRuns.abroad(o, d, LegalStatus.IRREGULAR));
        assertTrue(ratio < share, "irregular at " + d.label() + " in month " + month + ": " + ratio
                + " of the baseline, expected below " + share);
    }
}
