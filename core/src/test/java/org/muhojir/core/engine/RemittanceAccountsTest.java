package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.Scenario;

/**
 * Remittances as the balance of payments counts them: members abroad under a year are residents, so all their
 * earnings after living costs and the patent count (compensation of employees), sent or saved; members abroad longer
 * count by what they send (personal transfers, before fees).
 */
class RemittanceAccountsTest {
    private static final long SEED = 11;

    @Test
    void whenEveryoneSendsAllTheyEarnTheBalanceOfPaymentsCountsExactlyWhatIsSent() {
        // remittance share 1 (no extra share in need): a resident's compensation is what they send, so the two
        // measures agree month by month (naturalised members send 0.4 of it, but they are not residents: what they
        // send is what counts)
        List<MonthlyOutcome> months = run(withRemittanceShare(1));
        for (MonthlyOutcome o : months) {
            assertEquals(o.remittancesSentUsdTotal(), o.remittancesBopUsd(), 1e-6 * o.remittancesSentUsdTotal(),
                    o.month().toString());
        }
    }

    @Test
    void whatResidentsSaveAbroadCountsToo() {
        // share 0.6, no extra share in need: a resident's compensation is what they send over 0.6
        for (MonthlyOutcome o : run(withRemittanceShare(0.6))) {
            double residentsSent = o.remittancesSentUsdTotal() - o.personalTransfersUsd();
            assertEquals(o.personalTransfersUsd() + residentsSent / 0.6, o.remittancesBopUsd(),
                    1e-6 * o.remittancesBopUsd(), o.month().toString());
            assertTrue(residentsSent > 0, o.month().toString());
        }
    }

    @Test
    void cashComesHomeOnlyWithMembersWhoComeHome() {
        for (MonthlyOutcome o : run(RunFixtures.baseline(0.01, 12))) {
            double comingHome = MonthlyOutcome.total(o.returnsByChoice()) + MonthlyOutcome.total(o.deportations());
            assertEquals(comingHome > 0, o.cashCarriedHomeUsd() > 0, o.month().toString());
        }
    }

    private static List<MonthlyOutcome> run(Scenario s) {
        return Muhojir.run(s, RunOptions.seed(SEED)).months();
    }

    private static Scenario withRemittanceShare(double share) {
        Scenario s = RunFixtures.baseline(0.01, 12);
        Behaviour b = s.behaviour();
        return s.withBehaviour(new Behaviour(b.considerRate(), b.departureSeasonality(), b.considerConcentration(),
                b.femaleCandidateShare(),
                b.utility(), b.riskLagMonths(), b.riskAdjustment(), b.returnHazard(), b.returnSeasonality(),
                b.returnDurationProfile(), b.returnEarningsElasticity(), b.returnReferenceRatio(), b.careReturnFactor(), share, 0,
                b.naturalisedRemittanceFactor(), b.russianExamFit(), b.circulation()));
    }
}
