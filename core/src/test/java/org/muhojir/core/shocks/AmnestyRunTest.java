package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.abroad;
import static org.muhojir.core.shocks.ShockRuns.from;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.population.Households;
import org.muhojir.core.policy.Amnesty;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * An amnesty in Russia in July 2023 (month index 6), after six months in which deportations have built up bans.
 *
 * <p>Mechanism: in the amnesty's month the policy phase lifts every re-entry ban to Russia before anyone is
 * stepped, and the migrants-abroad phase makes every irregular (or just released) migrant in Russia legal before
 * raids, lapses and departures happen. So at the end of that month the only Russian bans in force are those issued
 * during it, and Russia's irregular migrants are only those who lost status or arrived without papers that month.
 * Other destinations are untouched.
 */
class AmnestyRunTest extends PairedRunTest {
    private static final int AMNESTY = 6;

    private Scenario policyScenario;

    @Override
    PairedRun pair() {
        Scenario base = ShockRuns.baseline(0.01, 9);
        policyScenario = base.plusShocks(List.of(from(AMNESTY, 1, new Amnesty(RUSSIA))));
        return new PairedRun(ShockRuns.run(base), ShockRuns.run(policyScenario));
    }

    @Test
    void everyRussianBanInForceAfterTheAmnestyWasIssuedInItsMonth() {
        MuhojirModel model = new MuhojirModel(policyScenario, RunOptions.seed(ShockRuns.SEED));
        model.start();
        for (int m = 0; m <= AMNESTY; m++) {
            model.stepMonth();
            if (m == AMNESTY - 1) {
                assertTrue(russianBans(model.households(), AMNESTY) > 0, "bans before the amnesty");
            }
        }
        Households hh = model.households();
        // a ban issued in the amnesty month ends exactly banMonths after it
        int issuedInAmnestyMonth = AMNESTY + model.conditions().banMonths[RUSSIA.ordinal()];
        for (int h = 0; h < hh.size; h++) {
            if (hh.banned(h, RUSSIA.ordinal(), AMNESTY + 1)) {
                assertEquals(issuedInAmnestyMonth, hh.banEnd[h],
                        "household " + h + " keeps a ban issued before the amnesty");
            }
        }
    }

    @Test
    void bansInForceFallToThoseIssuedInTheAmnestyMonthOrElsewhere() {
        MonthlyOutcome month = runs.policy(AMNESTY);
        // Upper bound: this month's deportations (anywhere), plus every earlier deportation from destinations
        // other than Russia; each deportation adds at most one banned member, counted at this month's weight (the
        // population, and so each household's weight, grows month by month)
        double bound = ShockRuns.allDeportations(month);
        for (int m = 0; m < AMNESTY; m++) {
            MonthlyOutcome earlier = runs.policy(m);
            bound += (ShockRuns.allDeportations(earlier) - earlier.deportations()[RUSSIA.ordinal()])
                    * weight(month) / weight(earlier);
        }
        assertTrue(month.bansInForce() <= bound + 1e-6, "bans " + month.bansInForce() + " > bound " + bound);
        assertTrue(month.bansInForce() < 0.25 * runs.baseline(AMNESTY).bansInForce(),
                "bans " + month.bansInForce() + " vs baseline " + runs.baseline(AMNESTY).bansInForce());
    }

    @Test
    void irregularMigrantsInRussiaAreRegularised() {
        // What is left: legal migrants who lapse in the same month (the lapse hazard, 2% a month in the baseline) and
        // this month's arrivals without papers, a few per cent of the stock, against about 30% in the baseline.
        assertIrregularBelow(RUSSIA, AMNESTY, 0.25);
    }

    @Test
    void irregularMigrantsElsewhereAreNot() {
        for (Destination d : List.of(Destination.KAZAKHSTAN, Destination.TURKEY)) {
            double baseline = abroad(runs.baseline(AMNESTY), d, LegalStatus.IRREGULAR);
            double policy = abroad(runs.policy(AMNESTY), d, LegalStatus.IRREGULAR);
            assertTrue(baseline > 0);
            assertTrue(policy > 0.9 * baseline, d.label() + ": " + policy + " vs baseline " + baseline);
        }
    }

    private static int russianBans(Households hh, int month) {
        int n = 0;
        for (int h = 0; h < hh.size; h++) {
            if (hh.banned(h, RUSSIA.ordinal(), month)) {
                n++;
            }
        }
        return n;
    }

    /** National households each simulated household stands for in {@code o}'s month. */
    private static double weight(MonthlyOutcome o) {
        Scenario s = TajikistanDefaults.baseline();
        return s.population().weight(o.month(), s.macro().priceBaseYear());
    }
}
