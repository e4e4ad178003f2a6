package org.muhojir.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.muhojir.core.Muhojir;
import org.muhojir.core.behaviour.RemittanceRule;
import org.muhojir.core.behaviour.ReturnRule;
import org.muhojir.core.behaviour.Rules;
import org.muhojir.core.calibration.ParameterDraws;
import org.muhojir.core.calibration.ParameterUncertainty;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.outcome.AnnualOutcome;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.IntervalKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.population.HouseholdView;
import org.muhojir.core.replication.MonthProgress;
import org.muhojir.core.replication.Replications;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;
import sim.engine.SimState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The runnable code of {@code docs/embedding.md}, compiled and run so that the guide cannot rot. Every Java block of
 * the guide appears here verbatim (indentation aside), which {@link #everyJavaBlockOfTheGuideIsInThisTest} checks;
 * the assertions after each block check what the guide says its output shows.
 */
class EmbeddingGuideExampleTest {
    static final Path GUIDE = Path.of("docs", "embedding.md");
    private static final Path THIS_TEST =
            Path.of("core", "src", "test", "java", "org", "muhojir", "core", "EmbeddingGuideExampleTest.java");

    /** The guide's two scenarios: index 0 the baseline, index 1 the raid wave. */
    private static Scenario[] scenarios() {
        Scenario baseline = TajikistanDefaults.baseline()
                .withSampleFraction(0.01)                  // 1 household in 100, each standing for about 100
                .withPeriod(YearMonth.of(2023, 1), 24);    // two years from January 2023
        Scenario raids = baseline
                .named("raids", "Russia triples its raids for six months from March 2023")
                .plusShocks(List.of(new ScheduledShock(YearMonth.of(2023, 3), 6,
                        new RaidWave(Destination.RUSSIA, 3.0))));
        return new Scenario[] {baseline, raids};
    }

    @Test
    void raidWaveExample() {
        Scenario baseline = scenarios()[0];
        Scenario raids = scenarios()[1];

        RunOptions options = RunOptions.seed(42);
        RunResult base = Muhojir.run(baseline, options);
        List<ModelEvent.Deportation> deportations = new ArrayList<>();
        RunResult policy = Muhojir.run(raids, options, event -> {
            if (event instanceof ModelEvent.Deportation d) {
                deportations.add(d);
            }
        });

        GuideOutputs.Printed printed = GuideOutputs.capture();
        for (int i = 0; i < base.annual().size(); i++) {
            AnnualOutcome b = base.annual().get(i);
            AnnualOutcome p = policy.annual().get(i);
            System.out.printf("%d: remittances %+,.1f million USD, poverty %+.2f points, deportations %+,.0f%n",
                    b.year(),
                    (p.remittancesReceivedUsd() - b.remittancesReceivedUsd()) / 1e6,
                    100 * (p.povertyFgt0() - b.povertyFgt0()),
                    p.deportations() - b.deportations());
        }
        GuideOutputs.check("raid-wave", printed);

        printed = GuideOutputs.capture();
        AnnualOutcome year = base.annual().get(0);
        for (Metric metric : Metric.values()) {
            if (metric.groupKind().perDestination()) {
                System.out.printf("%s, Russia: %,.2f %s%n", metric.tidyName(),
                        year.value(metric, Destination.RUSSIA), metric.annualUnit());
            }
        }
        GuideOutputs.check("russia-2023", printed);
        // The catalogue's figures for Russia: departures there are part of all departures; the rouble's rate is the
        // scenario's mean over 2023.
        assertTrue(year.value(Metric.DEPARTURES, Destination.RUSSIA) < year.departures());
        double rubPerUsd = 0;
        for (int month = 1; month <= 12; month++) {
            rubPerUsd += baseline.destinations().get(0).localPerUsd().at(YearMonth.of(2023, month)) / 12;
        }
        assertEquals(rubPerUsd, year.value(Metric.LOCAL_CURRENCY_PER_USD, Destination.RUSSIA), 1e-9);

        int baseYear = raids.macro().priceBaseYear();      // nationalHouseholds is that year's count
        double fromEvents = deportations.stream()          // persons deported, national scale
                .mapToDouble(d -> raids.population().weight(d.month(), baseYear))
                .sum();
        double reported = policy.months().stream()
                .mapToDouble(m -> MonthlyOutcome.total(m.deportations()))
                .sum();

        // Common random numbers: before the raids start (January and February 2023) both runs are the same.
        assertEquals(base.months().subList(0, 2), policy.months().subList(0, 2));
        assertNotEquals(base.months().get(2), policy.months().get(2));

        // Hand estimate of the extra deportations, from the scenario's Russian enforcement and the baseline's stock
        // in Russia while the raids last (March to August 2023): deportations a month are the deportation share x
        // (irregular hazard x irregular migrants + legal hazard x legal migrants). With the guide's figures, about
        // 240,000 irregular and 560,000 legal migrants, hazards 0.02 and 0.002 and a share of 0.3, that is
        // 0.3 * (0.02 * 240,000 + 0.002 * 560,000) = about 1,780 a month. Tripled raids add twice that for six
        // months: about 2 * 1,780 * 6 = 21,000. Allow half to one and a half times.
        double perMonth = baselineDeportationsPerMonthInRussia(baseline, base.months().subList(2, 8));
        AnnualOutcome b2023 = base.annual().get(0);
        AnnualOutcome p2023 = policy.annual().get(0);
        double extra = p2023.deportations() - b2023.deportations();
        double estimate = (3.0 - 1) * perMonth * 6;
        assertTrue(extra > 0.5 * estimate && extra < 1.5 * estimate,
                "extra deportations in 2023: " + extra + ", estimate " + estimate);
        // Deportees stop earning and sending: remittances fall, and poverty at home rises, in 2023.
        assertTrue(p2023.remittancesReceivedUsd() < b2023.remittancesReceivedUsd());
        assertTrue(p2023.povertyFgt0() > b2023.povertyFgt0());
        // Each Deportation event is one simulated person; times the weight it is the reported national count.
        assertFalse(deportations.isEmpty());
        assertEquals(reported, fromEvents, 1e-6 * reported);
    }

    /**
     * Expected deportations a month from Russia, national scale, at the scenario's raid hazards and deportation share
     * and the mean legal and irregular stock of {@code months}.
     */
    private static double baselineDeportationsPerMonthInRussia(Scenario s, List<MonthlyOutcome> months) {
        var enforcement = s.destination(Destination.RUSSIA).enforcement();
        int ru = Destination.RUSSIA.ordinal();
        double irregular = months.stream()
                .mapToDouble(m -> m.abroad()[ru][org.muhojir.core.world.LegalStatus.IRREGULAR.ordinal()])
                .average().orElseThrow();
        double legal = months.stream()
                .mapToDouble(m -> m.abroad()[ru][org.muhojir.core.world.LegalStatus.LEGAL.ordinal()])
                .average().orElseThrow();
        return enforcement.deportationShare()
                * (enforcement.raidHazardIrregular() * irregular + enforcement.raidHazardLegal() * legal);
    }

    /** Sends a fixed share of what is left after living costs and fees, whatever the household's need. */
    record FixedShareRemittance(double share) implements RemittanceRule {
        @Override
        public double amount(double netEarnings, boolean householdPoor, int monthsSettled, Behaviour behaviour) {
            return share * netEarnings;
        }
    }

    @Test
    void aWorldWithoutOneOfItsEvents() {
        Scenario baseline = TajikistanDefaults.baseline().withSampleFraction(0.01)
                .withPeriod(YearMonth.of(2023, 1), 24);
        List<WorldEvent> withoutCrackdown = new ArrayList<>();
        for (WorldEvent e : baseline.events()) {   // the world's dated events, in the order they apply
            withoutCrackdown.add(e.name().equals("russia-crackdown-2024") ? new WorldEvent(e.name(), List.of()) : e);
        }
        Scenario noCrackdown = baseline.named("no-crackdown", "The world without Russia's crackdown of 2024")
                .withEvents(withoutCrackdown);

        RunResult world = Muhojir.run(baseline, RunOptions.seed(42));
        RunResult without = Muhojir.run(noCrackdown, RunOptions.seed(42));
        // one world until the crackdown (2024-04, the sixteenth month); then, without its raids and expulsions,
        // Russia deports a quarter fewer or more in 2024
        assertEquals(world.months().subList(0, 15), without.months().subList(0, 15));
        assertNotEquals(world.months().get(15), without.months().get(15));
        assertTrue(without.annual().get(1).deportations() < 0.75 * world.annual().get(1).deportations());
    }

    @Test
    void replacingTheRemittanceRule() {
        Scenario baseline = scenarios()[0];

        RunOptions fixedShare = RunOptions.seed(42)
                .withRules(Rules.defaults().withRemittance(new FixedShareRemittance(0.5)));
        RunResult half = Muhojir.run(baseline, fixedShare);

        RunResult quarter = Muhojir.run(baseline,
                RunOptions.seed(42).withRules(Rules.defaults().withRemittance(new FixedShareRemittance(0.25))));
        // Started cold (no warm-up nor history, in which the rules would already have acted), in the first month
        // everything before the remittance phase is the same in both runs (same population, same draws), so the same
        // earnings are split 0.5 versus 0.25: exactly twice the dollars sent.
        Scenario cold = baseline.withHistoryStart(null).withWarmUpMonths(0).withPeriod(baseline.start(), 1);
        double sentHalf = Muhojir.run(cold, fixedShare).months().get(0).remittancesSentUsdTotal();
        double sentQuarter = Muhojir.run(cold, RunOptions.seed(42).withRules(
                Rules.defaults().withRemittance(new FixedShareRemittance(0.25)))).months().get(0)
                .remittancesSentUsdTotal();
        assertTrue(sentQuarter > 0);
        assertEquals(2.0, sentHalf / sentQuarter, 1e-9);
        // The rule shapes the whole run: over two years the half-share run sends more.
        double totalHalf = half.months().stream().mapToDouble(MonthlyOutcome::remittancesSentUsdTotal).sum();
        double totalQuarter = quarter.months().stream().mapToDouble(MonthlyOutcome::remittancesSentUsdTotal).sum();
        assertTrue(totalHalf > 1.5 * totalQuarter, totalHalf + " vs " + totalQuarter);
    }

    /** A memoryless, seasonal hazard that ignores how long the migrant has been away and what a month abroad brings. */
    record MemorylessReturn() implements ReturnRule {
        @Override
        public double probability(int calendarMonth, int monthsAbroad, double positionFactor, boolean nobodyAtHome,
                                  boolean naturalised, Behaviour behaviour) {
            return naturalised ? 0 : behaviour.returnHazard() * behaviour.returnSeasonality().get(calendarMonth - 1);
        }
    }

    @Test
    void replacingTheReturnRule() {
        Scenario baseline = scenarios()[0];
        Scenario roubleHalved = baseline.plusShocks(List.of(new ScheduledShock(baseline.start(), 12,
                new ExchangeRateShock("RUB", 2.0))));

        RunOptions memoryless = RunOptions.seed(42).withRules(Rules.defaults().withReturns(new MemorylessReturn()));
        double same = firstMonthReturnsFromRussia(Muhojir.run(baseline, memoryless));
        double halved = firstMonthReturnsFromRussia(Muhojir.run(roubleHalved, memoryless));
        // Returns come before anything else migrants do in a month, so with a rule that ignores earnings the first
        // month's returns are the same draws against the same probabilities: equal.
        assertEquals(same, halved, 0.0);
        // The default rule sends more home when a month in Russia is worth half as much at home.
        double byDefault = firstMonthReturnsFromRussia(Muhojir.run(roubleHalved, RunOptions.seed(42)));
        assertTrue(byDefault > 1.15 * same, byDefault + " vs " + same);
    }

    private static double firstMonthReturnsFromRussia(RunResult r) {
        return r.months().get(0).returnsByChoice()[Destination.RUSSIA.ordinal()];
    }

    @Test
    void replicationsInParallel() {
        Scenario baseline = scenarios()[0];
        Scenario raids = scenarios()[1];
        RunOptions options = RunOptions.seed(42);

        GuideOutputs.Printed printed = GuideOutputs.capture();
        int replications = 4;
        List<List<RunResult>> runs = Muhojir.replicate(List.of(baseline, raids), options, replications, 2);
        List<RunResult> baseRuns = runs.get(0);
        List<RunResult> raidRuns = runs.get(1);
        double[] extra = new double[replications];
        for (int k = 0; k < replications; k++) {
            extra[k] = raidRuns.get(k).annual().get(0).deportations()
                    - baseRuns.get(k).annual().get(0).deportations();
        }
        ConfidenceInterval interval = ConfidenceInterval.of(extra);   // Student's t, as in summary.csv
        System.out.printf("extra deportations in 2023: %,.0f (95%% interval %,.0f to %,.0f)%n",
                interval.mean(), interval.low(), interval.high());
        GuideOutputs.check("replications", printed);

        // Replication 0 is the single run with the same options, whatever the parallelism, and the raids' runs that
        // continued from the baseline's state at the start are their own runs.
        assertEquals(Muhojir.run(baseline, options).months(), baseRuns.get(0).months());
        assertEquals(Muhojir.replicate(raids, options, replications, 2).get(3).months(), raidRuns.get(3).months());
        // Other replications draw other numbers.
        assertNotEquals(baseRuns.get(0).months(), baseRuns.get(1).months());
        // The raid wave raises deportations in every replication (see the estimate in raidWaveExample), and the
        // interval of the paired difference excludes zero.
        double smallest = Arrays.stream(extra).min().orElseThrow();
        assertTrue(smallest > 0, "smallest paired difference " + smallest);
        assertTrue(interval.low() > 0);
    }

    @Test
    void replicationsWithProgressAndAStopButton() throws StoppedException {
        Scenario baseline = scenarios()[0];
        Scenario raids = scenarios()[1];
        RunOptions options = RunOptions.seed(42);

        AtomicBoolean stopPressed = new AtomicBoolean();   // your Stop button sets it, from any thread
        MonthProgress progress = (done, total) -> {
            if (done % 200 == 0) {
                System.out.printf("%d of %d months simulated%n", done, total);
            }
        };
        List<List<RunResult>> runs = Muhojir.replicate(List.of(baseline, raids), options, 4, 2, progress,
                stopPressed::get);
        List<RunResult> baseRuns = runs.get(0);   // replication k of both scenarios shares its draws
        List<RunResult> raidRuns = runs.get(1);

        // The same runs as one scenario at a time.
        assertEquals(Muhojir.replicate(baseline, options, 4, 2).get(3).months(), baseRuns.get(3).months());
        assertEquals(Muhojir.replicate(raids, options, 4, 2).get(3).months(), raidRuns.get(3).months());

        stopPressed.set(true);
        try {
            Muhojir.replicate(List.of(baseline, raids), options, 4, 2, progress, stopPressed::get);
        } catch (StoppedException e) {
            System.out.println("stopped after " + e.monthsDone() + " of " + e.monthsTotal() + " months");
        }
        StoppedException stopped = org.junit.jupiter.api.Assertions.assertThrows(StoppedException.class,
                () -> Muhojir.replicate(List.of(baseline, raids), options, 4, 2, progress, stopPressed::get));
        // four replications, each simulating the warm-up and history once for both scenarios, then 24 months of each
        assertEquals(4 * (baseline.monthsBeforeStart() + 2 * 24), stopped.monthsTotal());
        assertEquals(0, stopped.monthsDone(), "stopped before the first month");
    }

    @Test
    void replicationsOverTheParametersUncertainty() throws StoppedException {
        Scenario baseline = scenarios()[0];
        Scenario raids = scenarios()[1];
        RunOptions options = RunOptions.seed(42);

        GuideOutputs.Printed printed = GuideOutputs.capture();
        ParameterUncertainty uncertainty = ParameterUncertainty.of(
                List.of("behaviour.considerRate", "behaviour.returnHazard"),
                new double[] {0.0967316, 0.0476254}, // estimates (draws move the scenario's own values)
                new double[][] {{1.78e-3, 0}, {0, 1.01e-4}},          // standard errors 0.0422 and 0.0101
                "docs/calibration.md, section 13");
        int draws = 10;
        List<List<RunResult>> drawn = new Replications(options, draws, 2, MonthProgress.NONE, () -> false)
                .withVariation(ParameterDraws.of(uncertainty, options.seed()))
                .run(List.of(baseline, raids));
        double[] extraDrawn = new double[draws];
        for (int k = 0; k < draws; k++) {
            extraDrawn[k] = drawn.get(1).get(k).annual().get(0).deportations()
                    - drawn.get(0).get(k).annual().get(0).deportations();
        }
        ConfidenceInterval range = IntervalKind.PARAMETERS.of(extraDrawn);
        System.out.printf("extra deportations in 2023, parameters uncertain: %,.0f (95%% range %,.0f to %,.0f)%n",
                range.mean(), range.low(), range.high());
        GuideOutputs.check("parameter-draws", printed);

        // The range holds the central 95% of the ten values: wider than the interval of their mean.
        assertTrue(range.halfWidth() > ConfidenceInterval.of(extraDrawn).halfWidth());
        // Replication k of both scenarios ran at the same draw: the baseline's draw k is its direct run at it.
        Scenario atDraw3 = ParameterDraws.of(uncertainty, 42).forReplication(baseline, 3);
        assertEquals(Muhojir.run(atDraw3, options.withReplication(3)).months(), drawn.get(0).get(3).months());
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Scenario baseline = scenarios()[0];

        Scenario larger = baseline.withSampleFraction(0.04)           // 65,967 households: three chunks
                .withPeriod(YearMonth.of(2023, 1), 6);
        List<ModelEvent> oneThread = new ArrayList<>();
        List<ModelEvent> fourThreads = new ArrayList<>();
        RunResult a = Muhojir.run(larger, RunOptions.seed(42), oneThread::add);
        RunResult b = Muhojir.run(larger, RunOptions.seed(42).withThreads(4), fourThreads::add);

        // round(1,649,174 * 0.04) = 65,967 households in the baseline: more than two chunks of 32,768, so three
        long households = Math.round(baseline.population().nationalHouseholds() * 0.04);
        assertEquals(households, larger.population().simulatedHouseholds());
        assertTrue(households > 2 * 32_768, "three chunks or more: " + households + " households");
        assertEquals(a.months(), b.months());
        assertEquals(oneThread, fourThreads); // same events in the same order
        assertTrue(oneThread.size() > 1000);
    }

    @Test
    void steppingAndInspectingAHousehold() {
        Scenario baseline = scenarios()[0];

        GuideOutputs.Printed printed = GuideOutputs.capture();
        MuhojirModel model = new MuhojirModel(baseline, RunOptions.seed(42));
        List<ModelEvent.Remittance> remittances = new ArrayList<>();
        model.addObserver(event -> {
            if (event instanceof ModelEvent.Remittance r) {
                remittances.add(r);
            }
        });
        model.start();
        for (int month = 0; month < 6; month++) {
            remittances.clear();                               // keep only the last month's
            MonthlyOutcome o = model.stepMonth();
            System.out.printf("%s: %,.0f abroad, poverty %.3f, perceived risk in Khatlon of Russia %.4f%n",
                    o.month(), o.abroadTotal(), o.poverty()[Group.NATIONAL.ordinal()].fgt0(),
                    model.perceivedRisk(Region.KHATLON.ordinal(), Destination.RUSSIA.ordinal()));
        }
        HouseholdView view = null;
        for (int h = 0; h < model.households().size() && view == null; h++) {
            if (model.household(h).remittancesReceived() > 0) {
                view = model.household(h);
            }
        }
        System.out.println(view);
        GuideOutputs.check("household", printed);

        assertNotNull(view);
        assertEquals(YearMonth.of(2023, 6), model.currentMonth());
        int index = view.index();
        List<ModelEvent.Remittance> ours = remittances.stream().filter(r -> r.household() == index).toList();
        // The view and the events tell the same story: what arrived is the sum of what was sent, after fees.
        double receivedTjs = ours.stream().mapToDouble(ModelEvent.Remittance::receivedTjs).sum();
        double sentUsd = ours.stream().mapToDouble(ModelEvent.Remittance::sentUsd).sum();
        double viewSentUsd = view.abroad().stream().mapToDouble(HouseholdView.MemberAbroad::sentUsd).sum();
        assertEquals(receivedTjs, view.remittancesReceived(), 1e-4 * receivedTjs); // stored as float
        assertEquals(sentUsd, viewSentUsd, 1e-4 * sentUsd);
        assertEquals(view.abroad().size(), model.households().membersAbroad(index));
    }

    @Test
    void changingARunningModel() {
        Scenario baseline = scenarios()[0];

        GuideOutputs.Printed printed = GuideOutputs.capture();
        MuhojirModel live = new MuhojirModel(baseline, RunOptions.seed(42));
        for (int month = 0; month < 6; month++) {
            live.stepMonth();                                  // January to June 2023, as in the baseline
        }
        ScheduledShock now = live.addShock(new RaidWave(Destination.RUSSIA, 3.0), 6);
        List<MonthlyOutcome> changed = live.runToEnd();

        Scenario ran = live.scenario().plusShocks(live.addedShocks());
        RunResult replayed = Muhojir.run(ran, RunOptions.seed(42));
        System.out.println(now.start() + " for " + now.months() + " months; replay identical: "
                + replayed.months().equals(changed));
        GuideOutputs.check("replay", printed);

        // The shock starts in the month after the six stepped ones and is the only one added.
        assertEquals(new ScheduledShock(YearMonth.of(2023, 7), 6, new RaidWave(Destination.RUSSIA, 3.0)), now);
        assertEquals(List.of(now), live.addedShocks());
        assertEquals(replayed.months(), changed);
        // January to June are the baseline's; the raids change July.
        List<MonthlyOutcome> base = Muhojir.run(baseline, RunOptions.seed(42)).months();
        assertEquals(base.subList(0, 6), changed.subList(0, 6));
        assertNotEquals(base.get(6), changed.get(6));

        // Household events replay too, also after ending a shock early (only the shock events then differ: the
        // replay announces the shortened shock). Raids for ten months from April, ended after three.
        List<ModelEvent> liveEvents = new ArrayList<>();
        MuhojirModel ended = new MuhojirModel(baseline, RunOptions.seed(42));
        ended.addObserver(liveEvents::add);
        for (int month = 0; month < 3; month++) {
            ended.stepMonth();
        }
        ScheduledShock raids = ended.addShock(new RaidWave(Destination.RUSSIA, 3.0), 10);
        for (int month = 0; month < 3; month++) {
            ended.stepMonth();
        }
        ended.endShock(raids);
        List<MonthlyOutcome> endedMonths = ended.runToEnd();
        ScheduledShock shortened = new ScheduledShock(YearMonth.of(2023, 4), 3, raids.shock());
        assertEquals(List.of(shortened), ended.addedShocks());
        List<ModelEvent> replayEvents = new ArrayList<>();
        RunResult endedReplay = Muhojir.run(baseline.plusShocks(ended.addedShocks()), RunOptions.seed(42),
                replayEvents::add);
        assertEquals(endedReplay.months(), endedMonths);
        assertEquals(householdEvents(replayEvents), householdEvents(liveEvents));
        assertTrue(replayEvents.contains(new ModelEvent.ShockStarted(YearMonth.of(2023, 4), shortened)));
        assertTrue(liveEvents.contains(new ModelEvent.ShockStarted(YearMonth.of(2023, 4), raids)));
        assertTrue(liveEvents.contains(new ModelEvent.ShockEnded(YearMonth.of(2023, 7), raids)));
    }

    private static List<ModelEvent> householdEvents(List<ModelEvent> events) {
        return events.stream()
                .filter(e -> !(e instanceof ModelEvent.ShockStarted || e instanceof ModelEvent.ShockEnded))
                .toList();
    }

    @Test
    void checkpointAndResume() throws Exception {
        Scenario baseline = scenarios()[0];
        MuhojirModel model = new MuhojirModel(baseline, RunOptions.seed(42));
        model.start();
        for (int month = 0; month < 6; month++) {
            model.stepMonth();
        }

        Path directory = Files.createTempDirectory("muhojir");
        Path file = directory.resolve("muhojir-2023-06.checkpoint");
        try (OutputStream out = Files.newOutputStream(file)) {
            model.writeToCheckpoint(out);
        }
        List<MonthlyOutcome> uninterrupted = model.runToEnd();

        MuhojirModel resumed;
        try (InputStream in = Files.newInputStream(file)) {
            resumed = (MuhojirModel) SimState.readFromCheckpoint(in);
        }
        List<MonthlyOutcome> afterResume = resumed.runToEnd();

        assertEquals(24, uninterrupted.size());
        assertEquals(uninterrupted, afterResume);

        // Branching: the checkpoint read again, with a shock added from July 2023, equals the baseline plus that
        // shock run from the start.
        MuhojirModel branch;
        try (InputStream in = Files.newInputStream(file)) {
            branch = (MuhojirModel) SimState.readFromCheckpoint(in);
        }
        branch.addShock(new RaidWave(Destination.RUSSIA, 3.0), 6);
        List<MonthlyOutcome> branched = branch.runToEnd();
        assertEquals(Muhojir.run(baseline.plusShocks(branch.addedShocks()), RunOptions.seed(42)).months(), branched);
        assertNotEquals(uninterrupted, branched);
        Files.delete(file);
        Files.delete(directory);
    }

    /** The guide's Java blocks, each found here line by line (leading and trailing spaces ignored). */
    @Test
    void everyJavaBlockOfTheGuideIsInThisTest() throws IOException {
        List<String> source = meaningfulLines(Files.readString(locate(THIS_TEST), StandardCharsets.UTF_8));
        List<List<String>> blocks = javaBlocks(Files.readString(locate(GUIDE), StandardCharsets.UTF_8));
        assertTrue(blocks.size() >= 9, "the guide should have its Java blocks, found " + blocks.size());
        for (List<String> block : blocks) {
            assertTrue(Collections.indexOfSubList(source, block) >= 0,
                    "this block of docs/embedding.md is not in " + THIS_TEST + ":\n" + String.join("\n", block));
        }
    }

    private static List<List<String>> javaBlocks(String markdown) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            if (current == null && trimmed.equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && trimmed.equals("```")) {
                blocks.add(meaningfulLines(String.join("\n", current)));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    private static List<String> meaningfulLines(String text) {
        return Arrays.stream(text.split("\n", -1)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A path from the repository root, found from the module directory (Maven's) or the root (an IDE's). */
    static Path locate(Path fromRoot) {
        for (Path base : List.of(Path.of(".."), Path.of("."))) {
            Path p = base.resolve(fromRoot);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new AssertionError("cannot find " + fromRoot + " from " + Path.of("").toAbsolutePath());
    }
}
