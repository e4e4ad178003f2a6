package org.muhojir.scenarios.bench;

import java.util.List;
import org.muhojir.core.outcome.MonthlyOutcome;

/** Test helper: the digest {@code muhojir bench} reports, for tests outside this package to compute it. */
public final class BenchDigest {
    private BenchDigest() {
    }

    /** The results digest of {@code outcomes}, as {@code bench} computes it of the months it simulated. */
    public static String of(List<MonthlyOutcome> outcomes) {
        return Bench.digest(outcomes);
    }
}
