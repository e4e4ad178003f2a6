package org.muhojir.scenarios.responses;

import static org.muhojir.core.outcome.Metric.DEPARTURES;
import static org.muhojir.core.outcome.Metric.MIGRANTS_ABROAD;
import static org.muhojir.core.outcome.Metric.MIGRANTS_ABROAD_IRREGULAR;
import static org.muhojir.core.outcome.Metric.MIGRANTS_ABROAD_LEGAL;
import static org.muhojir.core.outcome.Metric.POVERTY_FGT0;
import static org.muhojir.core.outcome.Metric.REMITTANCES_RECEIVED_USD;
import static org.muhojir.core.outcome.Metric.RETURNS_BY_CHOICE;
import static org.muhojir.core.world.Destination.RUSSIA;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.Muhojir;
import org.muhojir.core.behaviour.Rules;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Region;

/**
 * Why the puzzling responses come out as they do: each policy of {@link #standard()} compared with the baseline
 * (1) by channel: the paired responses in 2024 with the model's rules and again with the return rule's answer to
 * the migrant's earnings switched off ({@link WithoutEarningsResponse}) in both runs; (2) household by household
 * over 2024: the change in poor persons by whether the household has fewer, as many or more members abroad than in
 * the baseline, where the change in remittances goes relative to the poverty line, which cohort of migrants in
 * Russia (there before the policy, or arrived since) holds the change in legal and irregular status, and whether
 * the change in departures to Russia comes from households a deportation touched since the policy began, in either
 * run, or from the others ({@link DepartureSplit}); (3) month by month since the policy started.
 * {@code muhojir check-responses --decompose} prints it; docs/ODD.md (section 4.12) reads it.
 */
public final class ResponseDecomposition {
    private static final int YEAR = 2024;
    private static final int[] MONTHS_SINCE = {1, 3, 6, 12, 18, 24};
    private static final List<Outcome> CHANNEL_OUTCOMES = List.of(
            Outcome.at(MIGRANTS_ABROAD_LEGAL, RUSSIA, YEAR), Outcome.at(MIGRANTS_ABROAD_IRREGULAR, RUSSIA, YEAR),
            Outcome.at(MIGRANTS_ABROAD, RUSSIA, YEAR), Outcome.at(DEPARTURES, RUSSIA, YEAR),
            Outcome.at(RETURNS_BY_CHOICE, RUSSIA, YEAR), Outcome.total(REMITTANCES_RECEIVED_USD, YEAR),
            Outcome.in(POVERTY_FGT0, Group.NATIONAL, YEAR));

    /** A policy whose response needs explaining. */
    public record Puzzle(String title, List<ScheduledShock> policy) {
    }

    private ResponseDecomposition() {
    }

    /**
     * The three responses of issue 17, the rouble's fall, which runs through the same channel, and the raid wave,
     * whose departures to Russia rise with the returns it causes.
     */
    public static List<Puzzle> standard() {
        return List.of(
                new Puzzle("Russia doubles the patent fee from 2024-01", Policies.named("dearer-patent")),
                new Puzzle("Russian wages 20% higher from 2024-01", Policies.named("wages-up")),
                new Puzzle("Russia triples its raids for 2024", Policies.named("raids")),
                new Puzzle("transfers free of fees from 2024-01", Policies.named("free-transfers")),
                new Puzzle("the rouble loses a third of its dollar value from 2024-01",
                        Policies.named("rouble-falls")));
    }

    /** Prints the decomposition of every puzzle. */
    public static void print(BatterySettings settings, PrintWriter out) {
        for (Puzzle p : standard()) {
            out.printf(Locale.ROOT, "%n== %s ==%n", p.title());
            printChannels(settings, p, out);
            printHouseholds(settings, p, out);
            out.flush();
        }
    }

    private static void printChannels(BatterySettings settings, Puzzle p, PrintWriter out) {
        Scenario baseline = settings.baseline();
        Scenario policy = baseline.plusShocks(p.policy());
        RunOptions model = settings.options();
        RunOptions fixedPosition = model.withRules(Rules.defaults().withReturns(new WithoutEarningsResponse()));
        List<ConfidenceInterval> withRules = responses(baseline, policy, model, settings);
        List<ConfidenceInterval> without = responses(baseline, policy, fixedPosition, settings);
        out.printf(Locale.ROOT, "By channel: response in %d (policy minus baseline, mean [95%% interval])%n", YEAR);
        out.printf(Locale.ROOT, "  %-44s %-20s %-32s %s%n", "outcome", "unit", "model's rules",
                "returns' answer to earnings switched off");
        for (int i = 0; i < CHANNEL_OUTCOMES.size(); i++) {
            Outcome o = CHANNEL_OUTCOMES.get(i);
            out.printf(Locale.ROOT,
                    "  %-44s %-20s %-32s %s%n", o.describe(), o.shownUnit(), interval(o, withRules.get(i)),
                    interval(o, without.get(i)));
        }
    }

    private static List<ConfidenceInterval> responses(Scenario baseline, Scenario policy, RunOptions options,
                                                      BatterySettings settings) {
        List<List<RunResult>> runs = Muhojir.replicate(List.of(baseline, policy), options, settings.replications(),
                settings.parallel());
        List<RunResult> b = runs.get(0);
        List<RunResult> q = runs.get(1);
        return CHANNEL_OUTCOMES.stream().map(o -> ConfidenceInterval.of(o.responses(b, q))).toList();
    }

    private static void printHouseholds(BatterySettings settings, Puzzle p, PrintWriter out) {
        Scenario baseline = settings.baseline();
        Track track = new Track((int) BatterySettings.START.until(BatterySettings.POLICY_START, ChronoUnit.MONTHS));
        for (int k = 0; k < settings.replications(); k++) {
            RunOptions o = settings.options().withReplication(k);
            track.follow(new MuhojirModel(baseline, o), new MuhojirModel(baseline.plusShocks(p.policy()), o),
                    baseline);
        }
        int n = settings.replications();
        track.year.scale(12.0 * n);
        printSplit(track.year, out);
        out.printf(Locale.ROOT,
                "Departures to Russia in %d (policy minus baseline, mean over replications), by the households' "
                + "members deported since %s:%n", YEAR, BatterySettings.POLICY_START);
        for (DepartureSplit.Touched t : DepartureSplit.Touched.values()) {
            out.printf(Locale.ROOT, "  %-36s %12s%n", "deported " + t.label, count(track.departures[t.ordinal()] / n));
        }
        track.poverty.print(out, 12.0 * n);
        out.printf(Locale.ROOT, "By month since the policy started (monthly means over replications):%n");
        out.printf(Locale.ROOT, "  %-8s %22s %26s%n", "month", "poor persons at home", "legal migrants in Russia");
        for (int m : MONTHS_SINCE) {
            if (m <= track.poorSince.length) {
                out.printf(Locale.ROOT, "  %-8d %22s %26s%n", m, count(track.poorSince[m - 1] / n),
                        count(track.legalSince[m - 1] / n));
            }
        }
    }

    /** A baseline run and a policy run stepped side by side, their differences summed from the policy's start. */
    private static final class Track {
        final int start;
        final HouseholdSplit year = new HouseholdSplit();
        /**
         * Departures to Russia in the policy's first year, policy minus baseline, by which households a deportation
         * touched ({@link DepartureSplit.Touched}).
         */
        final double[] departures = new double[DepartureSplit.Touched.values().length];
        final PovertyComposition poverty = new PovertyComposition(Region.DRS);
        final double[] poorSince;
        final double[] legalSince;

        Track(int start) {
            this.start = start;
            poorSince = new double[BatterySettings.MONTHS - start];
            legalSince = new double[BatterySettings.MONTHS - start];
        }

        /**
         * Steps both models to the end; the first year of the policy goes into {@link #year}. Poverty is counted
         * against the baseline's lines of the month (at its prices).
         */
        void follow(MuhojirModel base, MuhojirModel policy, Scenario baseline) {
            DepartureSplit baseDepartures = new DepartureSplit(base, RUSSIA, BatterySettings.POLICY_START, YEAR);
            DepartureSplit policyDepartures = new DepartureSplit(policy, RUSSIA, BatterySettings.POLICY_START, YEAR);
            base.addObserver(baseDepartures);
            policy.addObserver(policyDepartures);
            base.start();
            policy.start();
            for (int m = 0; m < BatterySettings.MONTHS; m++) {
                base.stepMonth();
                policy.stepMonth();
                if (m < start) {
                    continue;
                }
                double weight = base.households().weight; // the month's: the population grows
                double line = base.economy().povertyLine();
                double extremeLine = base.economy().extremePovertyLine();
                HouseholdSplit month = new HouseholdSplit();
                month.add(base.households(), policy.households(), weight, line, extremeLine, start);
                poorSince[m - start] += sum(month.poorPersons);
                legalSince[m - start] += sum(month.legalByCohort);
                if (m < start + 12) {
                    year.add(base.households(), policy.households(), weight, line, extremeLine, start);
                    poverty.add(base.households(), policy.households(), weight, line, extremeLine);
                }
            }
            double[] change = DepartureSplit.change(baseDepartures, policyDepartures);
            for (int i = 0; i < change.length; i++) {
                departures[i] += change[i];
            }
        }
    }

    private static void printSplit(HouseholdSplit s, PrintWriter out) {
        out.printf(Locale.ROOT,
                "By household, %d (monthly means, national): households by their members abroad in the policy "
                + "run against the baseline%n", YEAR);
        out.printf(Locale.ROOT,
                "  %-28s %12s %14s %14s %18s %14s %18s%n", "members abroad", "households", "poor persons",
                "extreme poor", "severity persons", "persons home", "savings (TJS)");
        for (HouseholdSplit.Abroad a : HouseholdSplit.Abroad.values()) {
            int i = a.ordinal();
            out.printf(Locale.ROOT, "  %-28s %12s %14s %14s %18s %14s %18s%n",
                    a.name().toLowerCase(Locale.ROOT) + " than in the baseline", count(s.households[i]),
                    count(s.poorPersons[i]), count(s.extremePoorPersons[i]),
                    String.format(Locale.ROOT, "%+,.1f", s.severityPersons[i]), count(s.personsAtHome[i]),
                    count(s.savingsTjs[i]));
        }
        out.printf(Locale.ROOT,
                "  (changes against the baseline; severity persons: persons at home times the squared poverty gap, "
                + "FGT2's numerator)%n");
        double total = sum(s.remittancesTjs);
        double persons = sum(s.personsByBand);
        out.printf(Locale.ROOT,
                "Where the change in remittances goes, by the household's consumption in the baseline:%n");
        out.printf(Locale.ROOT,
                "  %-18s %22s %18s %18s%n", "band", "remittances (TJS/mo)", "share of change", "share of persons");
        for (HouseholdSplit.Band b : HouseholdSplit.Band.values()) {
            int i = b.ordinal();
            out.printf(Locale.ROOT, "  %-18s %22s %17.1f%% %17.1f%%%n", b.label, count(s.remittancesTjs[i]),
                    100 * s.remittancesTjs[i] / total, 100 * s.personsByBand[i] / persons);
        }
        out.printf(Locale.ROOT,
                "Migrants in Russia by cohort (change): legal, left before the policy %s, since %s; irregular, "
                + "before %s, since %s%n", count(s.legalByCohort[0]), count(s.legalByCohort[1]),
                count(s.irregularByCohort[0]), count(s.irregularByCohort[1]));
    }

    private static String interval(Outcome o, ConfidenceInterval c) {
        return o.format(c.mean()) + " [" + o.format(c.low()) + ", " + o.format(c.high()) + "]";
    }

    private static String count(double v) {
        return String.format(Locale.ROOT, "%+,.0f", v);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
