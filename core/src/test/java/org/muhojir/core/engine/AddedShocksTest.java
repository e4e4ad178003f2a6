package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.scenario.InvalidScenarioException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/** Shocks added to a running model (levers, "shock now") act from the next month and can be replayed. */
class AddedShocksTest {
    private static final Scenario SCENARIO = Muhojir.defaultScenario().withSampleFraction(0.005)
            .withPeriod(YearMonth.of(2023, 1), 12);

    @Test
    void aRunWithAddedShocksEqualsAFreshRunOfTheScenarioPlusThoseShocks() {
        MuhojirModel model = new MuhojirModel(SCENARIO, RunOptions.seed(9));
        model.start();
        for (int m = 0; m < 4; m++) {
            model.stepMonth();
        }
        assertEquals(YearMonth.of(2023, 5), model.nextMonth());
        ScheduledShock added = model.addShock(new RaidWave(Destination.RUSSIA, 4.0), 3);
        assertEquals(YearMonth.of(2023, 5), added.start());
        List<?> interactive = model.runToEnd();

        Scenario replay = SCENARIO.plusShocks(model.addedShocks());
        assertEquals(Muhojir.run(replay, RunOptions.seed(9)).months(), interactive);
    }

    @Test
    void theResultRecordsWhatRanAndReplaysIt() {
        // rules other than the defaults: migrants keep a tenth more of what they earn (the default remittance rule
        // is replaced by one that sends 90% of what it would)
        org.muhojir.core.behaviour.Rules rules = org.muhojir.core.behaviour.Rules.defaults()
                .withRemittance(new TenthKept());
        RunOptions options = RunOptions.seed(9).withRules(rules);
        MuhojirModel model = new MuhojirModel(SCENARIO, options);
        model.start();
        model.stepMonth();
        model.addShock(new RaidWave(Destination.RUSSIA, 4.0), 3);
        model.runToEnd();

        org.muhojir.core.outcome.RunResult result = model.result();
        assertEquals(rules, result.rules());
        assertEquals(9, result.seed());
        assertEquals(SCENARIO.plusShocks(model.addedShocks()), result.scenario());
        // what the result records is enough to run it again
        assertEquals(result.months(), Muhojir.run(result.scenario(), RunOptions.seed(result.seed())
                .withReplication(result.replication()).withRules(result.rules())).months());
        assertEquals("org.muhojir.core.engine.AddedShocksTest$TenthKept",
                result.rules().describe().get("remittance"));
    }

    /** The default remittance rule, sending 90% of what it would. */
    private record TenthKept() implements org.muhojir.core.behaviour.RemittanceRule {
        @Override
        public double amount(double netEarnings, boolean householdPoor, int monthsSettled,
                             org.muhojir.core.scenario.Behaviour b) {
            return 0.9 * new org.muhojir.core.behaviour.DefaultRemittance().amount(netEarnings, householdPoor,
                    monthsSettled, b);
        }
    }

    @Test
    void anEndedShockStopsFromTheNextMonth() {
        MuhojirModel model = new MuhojirModel(SCENARIO, RunOptions.seed(9));
        model.start();
        model.stepMonth();
        ScheduledShock added = model.addShock(new RaidWave(Destination.RUSSIA, 4.0), 10);
        model.stepMonth();
        model.stepMonth();
        model.endShock(added);
        // in force in months 1 and 2 (February and March), not from April
        assertEquals(List.of(new ScheduledShock(YearMonth.of(2023, 2), 2, added.shock())), model.addedShocks());
    }

    @Test
    void aSkillsProgrammeCannotBeEndedEarly() {
        MuhojirModel model = new MuhojirModel(SCENARIO, RunOptions.seed(9));
        model.start();
        ScheduledShock programme = model.addShock(new org.muhojir.core.policy.SkillsProgramme(
                List.of(org.muhojir.core.world.Region.KHATLON), 0.5), 6);
        model.stepMonth();
        assertThrows(IllegalArgumentException.class, () -> model.endShock(programme));
    }

    @Test
    void aShockStartingInThePastIsRefused() {
        MuhojirModel model = new MuhojirModel(SCENARIO, RunOptions.seed(9));
        model.start();
        model.stepMonth();
        model.stepMonth();
        assertThrows(InvalidScenarioException.class, () -> model.addShock(
                new ScheduledShock(YearMonth.of(2023, 2), 1, new RaidWave(Destination.RUSSIA, 2.0))));
    }

    @Test
    void aShockThatOverridesActsInItsMonthsThenTheScenariosValueHoldsAgainAndTheResultReplaysIt() {
        ScheduledShock scenarioQuota = new ScheduledShock(YearMonth.of(2023, 1), ScheduledShock.UNTIL_END,
                new QuotaChange(Destination.SOUTH_KOREA, 5000));
        Scenario diversified = SCENARIO.plusShocks(List.of(scenarioQuota));
        MuhojirModel model = new MuhojirModel(diversified, RunOptions.seed(9));
        model.start();
        for (int m = 0; m < 4; m++) {
            model.stepMonth();
        }
        ScheduledShock lever = new ScheduledShock(YearMonth.of(2023, 5), 2,
                new QuotaChange(Destination.SOUTH_KOREA, 40000));
        // adding it is refused (two quotas for Korea in one month); overriding supersedes the scenario's for May-June
        assertThrows(InvalidScenarioException.class, () -> model.addShock(lever));
        model.overrideShock(lever);
        int korea = Destination.SOUTH_KOREA.ordinal();
        int[] quota = new int[8];
        for (int m = 4; m < 8; m++) {
            model.stepMonth();
            quota[m] = model.conditions().annualQuota[korea];
        }
        assertEquals(List.of(40000, 40000, 5000, 5000), List.of(quota[4], quota[5], quota[6], quota[7]));
        assertEquals(List.of(new ScheduledShock(YearMonth.of(2023, 1), 4, scenarioQuota.shock()),
                new ScheduledShock(YearMonth.of(2023, 7), ScheduledShock.UNTIL_END, scenarioQuota.shock()), lever),
                model.shocks());
        model.runToEnd();
        org.muhojir.core.outcome.RunResult result = model.result();
        assertEquals(model.shocks(), result.scenario().shocks()); // both recorded: the scenario's, cut, and the lever
        assertEquals(result.months(), Muhojir.run(result.scenario(), RunOptions.seed(9)).months());
    }

    @Test
    void overridingAShockThatBeganInTheHistoryKeepsItsHistoryMonthsAndTheResultReplays() {
        // a fee cut in force since 2015, in the history before the first reported month, overridden for 2023
        ScheduledShock since2015 = new ScheduledShock(YearMonth.of(2015, 1), ScheduledShock.UNTIL_END,
                new TransferFeeChange(null, 0.08));
        Scenario scenario = SCENARIO.plusShocks(List.of(since2015));
        MuhojirModel model = new MuhojirModel(scenario, RunOptions.seed(9));
        model.start();
        ScheduledShock lever = new ScheduledShock(YearMonth.of(2023, 1), 6, new TransferFeeChange(null, 0.01));
        model.overrideShock(lever);
        assertEquals(List.of(new ScheduledShock(YearMonth.of(2015, 1), 96, since2015.shock()),
                new ScheduledShock(YearMonth.of(2023, 7), ScheduledShock.UNTIL_END, since2015.shock()), lever),
                model.shocks(), "the history's part stays: it is what the run's first months were simulated with");
        model.runToEnd();
        org.muhojir.core.outcome.RunResult result = model.result();
        assertEquals(result.months(), Muhojir.run(result.scenario(), RunOptions.seed(9)).months());
    }
}
