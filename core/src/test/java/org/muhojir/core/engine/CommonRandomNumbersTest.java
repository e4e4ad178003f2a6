package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.calibration.FreeParameters;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * Runs that differ in a rate share their random numbers, so that the difference between them is the rate's effect,
 * not noise: calibration (common random numbers across evaluations) and paired comparisons rely on it. For the
 * consideration rate: in the first month, when both runs start from the same population, every household that
 * sends a member at the lower consideration rate also sends one at the higher rate, to the same destination,
 * except where more applicants compete for a quota's places (the UK's seasonal visas): those departures are left
 * out. For enforcement: households a raid wave does not touch end its first month as in the baseline.
 */
class CommonRandomNumbersTest {
    // March: the consideration probability is 0.05 x 1.68 = 0.084 (times each household's propensity); started
    // cold, so that runs at different rates start from the same population (a warm-up at each rate would already
    // have made them differ)
    private static final Scenario BASE = Muhojir.defaultScenario().withHistoryStart(null).withSampleFraction(0.01)
            .withPeriod(YearMonth.of(2023, 3), 1).withWarmUpMonths(0);

    @Test
    void departuresAtALowerConsiderationRateAreASubsetOfThoseAtAHigherOne() {
        // 0.05 -> 0.06 stays below the ceiling of the households visited (0.3) for every household; at 0.15 the
        // migrant households' 0.15 x 1.68 x (1 + c (1 - q) / q) crosses it
        Set<String> low = departures(0.05);
        Set<String> middle = departures(0.06);
        Set<String> high = departures(0.15);
        assertTrue(middle.size() > low.size() && high.size() > middle.size(), low.size() + " " + middle.size());
        assertTrue(middle.containsAll(low), "every departure at 0.05 happens at 0.06");
        assertTrue(high.containsAll(middle), "every departure at 0.06 happens at 0.15");
    }

    @Test
    void aRaidWaveChangesNothingForTheHouseholdsItDoesNotTouch() {
        // the month a raid wave in Russia starts, a household none of whose members is detained in either run ends
        // the month exactly as in the baseline: its members abroad lapse, regularise, naturalise and find work with
        // the same draws (news of the raids reaches villages only months later, so nobody decides differently yet)
        Scenario base = Muhojir.defaultScenario().withSampleFraction(0.01).withPeriod(YearMonth.of(2023, 3), 2);
        Scenario raids = base.plusShocks(List.of(new ScheduledShock(YearMonth.of(2023, 4), 1,
                new RaidWave(Destination.RUSSIA, 3.0))));
        Set<Integer> touched = new TreeSet<>();
        MuhojirModel without = stepped(base, touched);
        MuhojirModel with = stepped(raids, touched);
        int compared = 0;
        for (int h = 0; h < without.households().size; h++) {
            if (!touched.contains(h)) {
                assertEquals(without.household(h), with.household(h), "household " + h);
                compared++;
            }
        }
        assertTrue(touched.size() > 50 && compared > 10_000, touched.size() + " touched, " + compared + " compared");
    }

    /** The model after its two months, adding the households with a detention or deportation to {@code touched}. */
    private static MuhojirModel stepped(Scenario s, Set<Integer> touched) {
        MuhojirModel model = new MuhojirModel(s, RunOptions.seed(5));
        RunFixtures.collectHouseholds(model, ModelEvent.Detention.class, ModelEvent.Detention::household, touched);
        RunFixtures.collectHouseholds(model, ModelEvent.Deportation.class, ModelEvent.Deportation::household, touched);
        model.start();
        model.runToEnd();
        return model;
    }

    /** "household destination" of each departure in the first month to a destination without a quota. */
    private static Set<String> departures(double considerRate) {
        Scenario s = FreeParameters.considerRate().apply(BASE, considerRate);
        Set<String> out = new TreeSet<>();
        Muhojir.run(s, RunOptions.seed(3), e -> {
            if (e instanceof ModelEvent.Departure d
                    && s.destination(d.destination()).entry().route() != EntryRoute.QUOTA) {
                out.add(d.household() + " " + d.destination());
            }
        });
        return out;
    }
}
