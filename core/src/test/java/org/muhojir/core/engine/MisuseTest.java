package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.behaviour.Candidate;
import org.muhojir.core.behaviour.DestinationChoice;
import org.muhojir.core.behaviour.EarningsRule;
import org.muhojir.core.behaviour.RemittanceRule;
import org.muhojir.core.behaviour.ReturnRule;
import org.muhojir.core.behaviour.Rules;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * What an economist embedding the model meets when a rule of theirs breaks its contract or the model is used out of
 * order: a message that says what was wrong, not a run that quietly computes something else or an internal error.
 */
class MisuseTest {
    /** Two months from a cold start, 0.2% of households. */
    private static Scenario small() {
        Scenario base = Muhojir.defaultScenario();
        return base.withSampleFraction(0.002).withHistoryStart(null).withWarmUpMonths(0).withPeriod(base.start(), 2);
    }

    /** Sends everyone who considers going to Russia, whatever the candidate may do. */
    record EveryoneToRussia() implements DestinationChoice {
        @Override
        public void probabilities(Candidate candidate, Behaviour behaviour, double[] probabilities) {
            Arrays.fill(probabilities, 0);
            probabilities[Destination.RUSSIA.ordinal()] = 1;
        }
    }

    /** Sends twice what was earned. */
    record SendsTwice() implements RemittanceRule {
        @Override
        public double amount(double netEarnings, boolean householdPoor, int monthsSettled, Behaviour behaviour) {
            return 2 * netEarnings;
        }
    }

    @Test
    void aChoiceRuleThatSendsMigrantsThroughAClosedBorderStopsTheRun() {
        Scenario closed = small().plusShocks(List.of(new ScheduledShock(small().start(), 2,
                new BorderClosure(Destination.RUSSIA))));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Muhojir.run(closed,
                RunOptions.seed(1).withRules(Rules.defaults().withChoice(new EveryoneToRussia()))));
        assertTrue(e.getMessage().startsWith("the destination-choice rule " + EveryoneToRussia.class.getName()
                + " gave Russia a probability of 1.0 though the candidate may not go there this month"),
                e.getMessage());
        // with Russia open, the same rule keeps its contract wherever the candidate may go there
        assertEquals(2, Muhojir.run(small(), RunOptions.seed(1).withRules(Rules.defaults().withChoice(
                new EveryoneToRussiaWhenEligible()))).months().size());
    }

    /** Russia when the candidate may go there, else home. */
    record EveryoneToRussiaWhenEligible() implements DestinationChoice {
        @Override
        public void probabilities(Candidate candidate, Behaviour behaviour, double[] probabilities) {
            Arrays.fill(probabilities, 0);
            probabilities[candidate.eligible[Destination.RUSSIA.ordinal()] ? Destination.RUSSIA.ordinal()
                    : Destination.COUNT] = 1;
        }
    }

    @Test
    void aRemittanceRuleThatSendsMoreThanWasEarnedStopsTheRun() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Muhojir.run(small(),
                RunOptions.seed(1).withRules(Rules.defaults().withRemittance(new SendsTwice()))));
        assertTrue(e.getMessage().startsWith("the remittance rule " + SendsTwice.class.getName() + " sent "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("RemittanceRule.amount must be between 0 and the net earnings"),
                e.getMessage());
    }

    /** A return rule of the user's that gives the same probability to every migrant. */
    record ReturnsAlways(double p) implements ReturnRule {
        @Override
        public double probability(int calendarMonth, int monthsAbroad, double positionFactor, boolean nobodyAtHome,
                                  boolean naturalised, Behaviour behaviour) {
            return p;
        }
    }

    @Test
    void aReturnRuleThatGivesNoProbabilityStopsTheRun() {
        for (double p : new double[] {Double.NaN, -0.5, 1.7}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Muhojir.run(small(),
                    RunOptions.seed(1).withRules(Rules.defaults().withReturns(new ReturnsAlways(p)))));
            assertTrue(e.getMessage().startsWith("the return rule " + ReturnsAlways.class.getName()
                    + " gave a return probability of " + p + " in 2023-01"), e.getMessage());
        }
        // at the ends of its range the rule keeps its contract
        assertEquals(2, Muhojir.run(small(), RunOptions.seed(1).withRules(Rules.defaults()
                .withReturns(new ReturnsAlways(1)))).months().size());
        assertEquals(2, Muhojir.run(small(), RunOptions.seed(1).withRules(Rules.defaults()
                .withReturns(new ReturnsAlways(0)))).months().size());
    }

    /** A return rule whose position factor is negative. */
    record NegativePosition() implements ReturnRule {
        @Override
        public double positionFactor(double earningsRatio, Behaviour behaviour) {
            return -1;
        }

        @Override
        public double probability(int calendarMonth, int monthsAbroad, double positionFactor, boolean nobodyAtHome,
                                  boolean naturalised, Behaviour behaviour) {
            return 0.01;
        }
    }

    @Test
    void aReturnRuleWithANegativePositionFactorStopsTheRun() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Muhojir.run(small(),
                RunOptions.seed(1).withRules(Rules.defaults().withReturns(new NegativePosition()))));
        assertTrue(e.getMessage().startsWith("the return rule " + NegativePosition.class.getName()
                + " gave a position factor of -1.0"), e.getMessage());
    }

    @Test
    void anEarningsRuleThatGivesNoWageIsNamedNotTheChoiceRule() {
        EarningsRule nan = (c, d, skill, status) -> Double.NaN;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Muhojir.run(small(),
                RunOptions.seed(1).withRules(Rules.defaults().withEarnings(nan))));
        assertTrue(e.getMessage().startsWith("the earnings rule " + nan.getClass().getName() + " gave a wage of NaN at "
                + "Russia for skill NONE and status LEGAL in 2023-01"), e.getMessage());
        EarningsRule negative = (c, d, skill, status) -> d == Destination.TURKEY.ordinal() ? -100 : c.wage[d][skill];
        e = assertThrows(IllegalStateException.class, () -> Muhojir.run(small(),
                RunOptions.seed(1).withRules(Rules.defaults().withEarnings(negative))));
        assertTrue(e.getMessage().contains("gave a wage of -100.0 at Turkey"), e.getMessage());
    }

    @Test
    void aMissingRuleIsNamedWhenTheRulesAreMade() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Rules.defaults().withChoice(null));
        assertEquals("choice is null; keep the default with Rules.defaults().choice()", e.getMessage());
        NullPointerException n = assertThrows(NullPointerException.class,
                () -> RunOptions.seed(1).withRules(null));
        assertEquals("rules is null; use Rules.defaults() for the model's own", n.getMessage());
    }

    @Test
    void aModelIsReadAndSteppedOnlyOnceStarted() {
        MuhojirModel model = new MuhojirModel(small(), RunOptions.seed(1));
        assertTrue(assertThrows(IllegalStateException.class, () -> model.household(0)).getMessage()
                .startsWith("the model has no population yet"));
        assertThrows(IllegalStateException.class, () -> model.perceivedRisk(0, 0));
        model.start();
        assertEquals("region 99 is not a Region ordinal (0 to 4)",
                assertThrows(IndexOutOfBoundsException.class, () -> model.perceivedRisk(99, 0)).getMessage());
        assertEquals("destination 7 is not a Destination ordinal (0 to 6)",
                assertThrows(IndexOutOfBoundsException.class, () -> model.networkShare(0, 7)).getMessage());
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> model.household(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> model.household(model.households().size));
        model.finish();
    }

    @Test
    void aStartThatWasStoppedCannotBeStepped() {
        Scenario s = Muhojir.defaultScenario().withSampleFraction(0.002).withWarmUpMonths(3).withHistoryStart(null)
                .withPeriod(Muhojir.defaultScenario().start(), 2);
        MuhojirModel model = new MuhojirModel(s, RunOptions.seed(1));
        assertFalse(model.start(() -> false));
        IllegalStateException e = assertThrows(IllegalStateException.class, model::stepMonth);
        assertTrue(e.getMessage().startsWith("the model's start was stopped before its first reported month"),
                e.getMessage());
        model.finish();
    }

    @Test
    void replicationsNeedAScenarioAndAWorldNeedsItsEventsSaid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Muhojir.replicate(List.of(), RunOptions.seed(1), 2, 1));
        assertEquals("scenarios is empty: give at least one scenario to run", e.getMessage());
        NullPointerException n = assertThrows(NullPointerException.class, () -> small().withEvents(null));
        assertTrue(n.getMessage().startsWith("newEvents is null; pass List.of()"), n.getMessage());
    }
}
