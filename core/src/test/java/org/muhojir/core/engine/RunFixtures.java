package org.muhojir.core.engine;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.muhojir.core.Muhojir;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.policy.Amnesty;
import org.muhojir.core.policy.BanPolicy;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.ConsularProtection;
import org.muhojir.core.policy.EntryRouteChange;
import org.muhojir.core.policy.ExchangeRatePath;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.policy.SkillsProgramme;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.policy.WageShock;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.Region;

/** Scenarios shared by the whole-run engine tests: a small baseline, and the same with many shocks over it. */
final class RunFixtures {
    static final long SEED = 7_2023L;
    static final YearMonth START = TajikistanDefaults.START;

    private RunFixtures() {
    }

    /**
     * The documented baseline, {@code fraction} of households, {@code months} months from 2023-01, without its
     * history (the warm-up leads to 2023-01 at 2023's inputs): the engine's mechanisms need no decade before.
     */
    static Scenario baseline(double fraction, int months) {
        return Muhojir.defaultScenario().withHistoryStart(null).withSampleFraction(fraction).withPeriod(START, months)
                .named("baseline", "test baseline");
    }

    /**
     * The baseline with one shock of every type, overlapping in time (month indices in brackets): a raid wave
     * [2-7], the rouble at 1.5 times [4-9], Kazakhstan's border closed [5-7], Turkey on visas [3-], an amnesty in
     * Russia [9], cheaper transfers everywhere [10-], South Korea opened with 5,000 places a year [0-], a skills
     * programme in Khatlon and DRS [0-11], tightened rules in Russia [12-], six-month bans with mass expulsions
     * [14-19] (so bans expire within two years), a somoni path [15-20], a wage cut in Russia [16-] and consular
     * protection there [18-].
     */
    static Scenario shocked(double fraction, int months) {
        MonthlySeries somoni = MonthlySeries.of(Map.of(START.plusMonths(15), 11.5, START.plusMonths(18), 12.5));
        // the shocks are laid over two years, then the run is cut to {@code months} (which leaves out those never in
        // force in it, as a scenario may not hold one)
        return baseline(fraction, 24).plusShocks(List.of(
                at(2, 6, new RaidWave(Destination.RUSSIA, 3)),
                at(4, 6, new ExchangeRateShock("RUB", 1.5)),
                at(5, 3, new BorderClosure(Destination.KAZAKHSTAN)),
                at(3, ScheduledShock.UNTIL_END, new EntryRouteChange(Destination.TURKEY, EntryRoute.VISA, 150, 0.4)),
                at(9, 1, new Amnesty(Destination.RUSSIA)),
                at(10, ScheduledShock.UNTIL_END, new TransferFeeChange(null, 0.01)),
                at(0, ScheduledShock.UNTIL_END, new QuotaChange(Destination.SOUTH_KOREA, 5_000)),
                at(0, 12, new SkillsProgramme(List.of(Region.KHATLON, Region.DRS), 0.3)),
                at(12, ScheduledShock.UNTIL_END, new TightenedRules(Destination.RUSSIA, 1.4, 0.8, 0.02)),
                at(14, 6, new BanPolicy(Destination.RUSSIA, 6, 0.03)),
                at(15, 6, new ExchangeRatePath("TJS", somoni)),
                at(16, ScheduledShock.UNTIL_END, new WageShock(Destination.RUSSIA, 0.9)),
                at(18, ScheduledShock.UNTIL_END, new ConsularProtection(Destination.RUSSIA, 0.5))))
                .named("shocked", "every shock type over the test baseline").withPeriod(START, months);
    }

    /** A shock in force from month index {@code first} for {@code months} months. */
    static ScheduledShock at(int first, int months, Shock shock) {
        return new ScheduledShock(START.plusMonths(first), months, shock);
    }

    /**
     * Has {@code model} add to {@code into} the household of every event of {@code type} it publishes from now on.
     *
     * @param household the event's household index
     */
    static <E extends ModelEvent> void collectHouseholds(MuhojirModel model, Class<E> type,
                                                         ToIntFunction<E> household, Set<Integer> into) {
        model.addObserver(e -> {
            if (type.isInstance(e)) {
                into.add(household.applyAsInt(type.cast(e)));
            }
        });
    }
}
