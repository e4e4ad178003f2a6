package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.Amnesty;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * The members abroad that phases 2 and 7 keep account of as they come, go and change status are, at the end of every
 * month, what counting every household's members gives: through the warm-up and the history (the bans of 2015, the
 * closures of 2020) and through raids with detentions and deportations, an amnesty, lapses and a closure.
 */
class MemberAccountsTest {
    private static final YearMonth START = YearMonth.of(2023, 1);
    private static final Scenario EVENTFUL = Muhojir.defaultScenario().withSampleFraction(0.03) // two chunks
            .withPeriod(START, 18)
            .plusShocks(List.of(
                    new ScheduledShock(START, 6, new RaidWave(Destination.RUSSIA, 4)),
                    new ScheduledShock(START.plusMonths(2), 1, new Amnesty(Destination.RUSSIA)),
                    new ScheduledShock(START.plusMonths(3), 9, new TightenedRules(Destination.RUSSIA, 1.5, 0.8, 0.05)),
                    new ScheduledShock(START.plusMonths(10), 3, new BorderClosure(Destination.KAZAKHSTAN))));

    @Test
    void theAccountsKeptEqualACountOfEveryHouseholdEachMonth() {
        MuhojirModel model = new MuhojirModel(EVENTFUL, RunOptions.seed(5));
        model.start();
        assertAccountsMatchACount(model);
        long detentions = 0;
        while (!model.isFinished()) {
            MonthlyOutcome month = model.stepMonth();
            detentions += Math.round(MonthlyOutcome.total(month.detentions()));
            assertAccountsMatchACount(model);
        }
        assertTrue(detentions > 0, "the raids detained nobody, so the test saw no change of status");
        model.finish();
    }

    @Test
    void theMonthsOutcomeReportsTheAccounts() {
        MuhojirModel model = new MuhojirModel(EVENTFUL, RunOptions.seed(6));
        MonthlyOutcome month = model.stepMonth();
        Households hh = model.households();
        long[] byStatus = new long[LegalStatus.COUNT];
        for (int s = 0; s < hh.slotDestination.length; s++) {
            if (hh.slotDestination[s] == Destination.RUSSIA.ordinal()) {
                byStatus[hh.slotStatus[s]]++;
            }
        }
        for (LegalStatus status : LegalStatus.values()) {
            assertEquals(byStatus[status.ordinal()] * hh.weight,
                    month.abroad()[Destination.RUSSIA.ordinal()][status.ordinal()], 1e-6, status.name());
        }
        model.finish();
    }

    private static void assertAccountsMatchACount(MuhojirModel model) {
        Households hh = model.households();
        ChunkTotals[] chunks = model.chunkTotals();
        for (int c = 0; c < chunks.length; c++) {
            int from = c * MuhojirModel.CHUNK_SIZE;
            MemberAccounts counted = new MemberAccounts();
            counted.countAll(hh, from, Math.min(hh.size, from + MuhojirModel.CHUNK_SIZE));
            assertTrue(counted.sameAs(chunks[c].accounts), "chunk " + c + " in month " + model.monthIndex());
        }
    }
}
