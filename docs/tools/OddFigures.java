import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.AnnualOutcome;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * Prints every model figure that docs/ODD.md quotes from the default baseline (seed 42, replication 0, sample
 * fraction 0.01, 120 months from 2023-01; the 2023 and 2024 figures are those of its first 24 months, which a
 * 24-month run gives identically). Run from the repository root after building the command line once
 * (for example with ./muhojir --help):
 *
 * <pre>java -cp "scenarios/target/lib/*" docs/tools/OddFigures.java</pre>
 *
 * With an argument {@code N}, it prints instead the mean and standard deviation of the 2023 figures over
 * replications 0 to N - 1 of the same run (12 months each), to show how far one replication's figures stray by
 * sampling noise: {@code java -cp "scenarios/target/lib/*" docs/tools/OddFigures.java 100}.
 *
 * Annual figures follow {@link AnnualOutcome}: flows (departures, returns, deportations, naturalisations,
 * remittances) are sums over the year's months; stocks, the share of households with a member abroad, poverty
 * measures and the Gini are means over its months; shares of departures (Russia, men, by the end of May and June)
 * and remittances over GDP are ratios of the year's sums. Counts are national (the sample's count times the weight,
 * 99.998) unless marked "simulated"; the percentages are of GDP, the other shares are between 0 and 1.
 */
public final class OddFigures {
    private static final int MONTHS = 120;
    private static final int SNAPSHOT_AFTER = 24;

    public static void main(String[] args) {
        if (args.length > 0) {
            printReplications(Integer.parseInt(args[0]));
            return;
        }
        Scenario scenario = Muhojir.defaultScenario().withSampleFraction(0.01).withPeriod(
                Muhojir.defaultScenario().start(), MONTHS);
        MuhojirModel model = new MuhojirModel(scenario, RunOptions.seed(42).withThreads(1));
        model.start();
        printPopulation(model.households());
        List<MonthlyOutcome> months = new ArrayList<>();
        try {
            for (int i = 0; i < MONTHS; i++) {
                months.add(model.stepMonth());
                if (i + 1 == SNAPSHOT_AFTER) {
                    printLongStays(model);
                }
            }
        } finally {
            model.finish();
        }
        printAnnual(months);
        printMonthly(months);
    }

    /** Section 5 and 7.8: the seed-42 1% sample as built, before the first month. */
    private static void printPopulation(Households hh) {
        long persons = 0;
        int urban = 0;
        int withMigrant = 0;
        int gbao = 0;
        int[] abroad = new int[Destination.COUNT];
        int irregular = 0;
        for (int h = 0; h < hh.size; h++) {
            persons += hh.men[h] + hh.women[h] + hh.dependants[h];
            urban += hh.urban[h];
            withMigrant += hh.membersAbroad(h) > 0 ? 1 : 0;
            gbao += hh.region[h] == 4 ? 1 : 0;
        }
        for (int s = 0; s < hh.size * Households.SLOTS; s++) {
            if (hh.slotDestination[s] != Households.NONE) {
                abroad[hh.slotDestination[s]]++;
                irregular += hh.slotStatus[s] == LegalStatus.IRREGULAR.ordinal() ? 1 : 0;
            }
        }
        int total = java.util.Arrays.stream(abroad).sum();
        System.out.printf(Locale.ROOT, "population: households %d, weight %.3f, mean size %.3f, urban %.4f, "
                        + "with a member abroad %.4f, GBAO households %d%n", hh.size, hh.weight,
                (double) persons / hh.size, (double) urban / hh.size, (double) withMigrant / hh.size, gbao);
        System.out.printf(Locale.ROOT, "  members abroad: simulated %d, national %.0f, irregular %.4f%n", total,
                total * hh.weight, (double) irregular / total);
        for (Destination d : Destination.values()) {
            System.out.printf(Locale.ROOT, "  simulated abroad in %s: %d%n", d.label(), abroad[d.ordinal()]);
        }
    }

    /** Sections 9 and 11: legal migrants in Russia after the first 24 months, and those abroad 36 months or more. */
    private static void printLongStays(MuhojirModel model) {
        Households hh = model.households();
        int month = model.monthIndex(); // the last month stepped (23, December 2024)
        int legal = 0;
        int longStay = 0;
        int longStayNext = 0;
        for (int s = 0; s < hh.size * Households.SLOTS; s++) {
            if (hh.slotDestination[s] == Destination.RUSSIA.ordinal()
                    && hh.slotStatus[s] == LegalStatus.LEGAL.ordinal()) {
                legal++;
                longStay += month - hh.slotSince[s] >= 36 ? 1 : 0;
                longStayNext += month + 1 - hh.slotSince[s] >= 36 ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "after %d months (simulated): legal migrants in Russia %d, of whom abroad "
                + "36 months or more in month %d: %d (%.4f); in month %d: %d%n", SNAPSHOT_AFTER, legal, month,
                longStay, (double) longStay / legal, month + 1, longStayNext);
    }

    private static void printAnnual(List<MonthlyOutcome> months) {
        System.out.println("year,remittances_usd_million,remittances_pct_gdp,departures,russia_share,male_share,"
                + "returns_by_choice,deportations,returns_and_deportations_over_departures,"
                + "returns_by_choice_over_departures,departures_share_by_may,departures_share_by_june,"
                + "stock_mean,stock_russia_mean,households_with_migrant_mean,fgt0,extreme_fgt0,gini,fgt0_urban,"
                + "fgt0_rural,fgt0_dushanbe,fgt0_sughd,fgt0_khatlon,fgt0_drs,fgt0_gbao,naturalisations_russia,"
                + "naturalisations_all");
        for (AnnualOutcome a : AnnualOutcome.of(months)) {
            List<MonthlyOutcome> year = months.stream().filter(m -> m.month().getYear() == a.year()).toList();
            double byMay = 0;
            double byJune = 0;
            for (MonthlyOutcome m : year) {
                double departures = MonthlyOutcome.total(m.departures());
                byMay += m.month().getMonthValue() <= 5 ? departures : 0;
                byJune += m.month().getMonthValue() <= 6 ? departures : 0;
            }
            System.out.printf(Locale.ROOT, "%d,%.1f,%.3f,%.0f,%.5f,%.5f,%.0f,%.0f,%.5f,%.5f,%.5f,%.5f,%.0f,%.0f,"
                            + "%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.0f,%.0f%n",
                    a.year(), a.remittancesReceivedUsd() / 1e6, 100 * a.remittancesShareOfGdp(), a.departures(),
                    a.russiaShareOfDepartures(), a.maleShareOfDepartures(), a.returnsByChoice(), a.deportations(),
                    (a.returnsByChoice() + a.deportations()) / a.departures(), a.returnsByChoice() / a.departures(),
                    byMay / a.departures(), byJune / a.departures(), a.migrantsAbroad(),
                    mean(year, m -> m.abroad(Destination.RUSSIA)), mean(year, MonthlyOutcome::householdsWithMigrant),
                    a.povertyFgt0(), a.extremePovertyFgt0(), a.gini(), meanFgt0(year, Group.URBAN),
                    meanFgt0(year, Group.RURAL), meanFgt0(year, Group.DUSHANBE), meanFgt0(year, Group.SUGHD),
                    meanFgt0(year, Group.KHATLON), meanFgt0(year, Group.DRS), meanFgt0(year, Group.GBAO),
                    sum(year, m -> m.naturalisations()[Destination.RUSSIA.ordinal()]),
                    sum(year, m -> MonthlyOutcome.total(m.naturalisations())));
        }
    }

    /** The stock month by month (section 9's transient and seasonal cycle) and UK departures (quota timing). */
    private static void printMonthly(List<MonthlyOutcome> months) {
        System.out.println("month,stock,departures_uk");
        for (MonthlyOutcome m : months) {
            System.out.printf(Locale.ROOT, "%s,%.0f,%.0f%n", m.month(), m.abroadTotal(),
                    m.departures()[Destination.UK.ordinal()]);
        }
    }

    /** Mean and standard deviation of the 2023 figures over replications 0 to {@code n - 1}. */
    private static void printReplications(int n) {
        Scenario scenario = Muhojir.defaultScenario().withSampleFraction(0.01).withPeriod(
                Muhojir.defaultScenario().start(), 12);
        String[] names = {"departures", "russia_share", "male_share", "returns_and_deportations_over_departures",
            "departures_share_by_may", "fgt0", "gini", "households_with_migrant_mean", "remittances_pct_gdp"};
        double[] sum = new double[names.length];
        double[] squares = new double[names.length];
        for (int r = 0; r < n; r++) {
            List<MonthlyOutcome> year = Muhojir.run(scenario, RunOptions.seed(42).withReplication(r).withThreads(1))
                    .months();
            AnnualOutcome a = AnnualOutcome.of(year).get(0);
            double byMay = sum(year, m -> m.month().getMonthValue() <= 5 ? MonthlyOutcome.total(m.departures()) : 0);
            double[] v = {a.departures(), a.russiaShareOfDepartures(), a.maleShareOfDepartures(),
                (a.returnsByChoice() + a.deportations()) / a.departures(), byMay / a.departures(), a.povertyFgt0(),
                a.gini(), mean(year, MonthlyOutcome::householdsWithMigrant), 100 * a.remittancesShareOfGdp()};
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
                squares[i] += v[i] * v[i];
            }
        }
        System.out.printf(Locale.ROOT, "2023 over replications 0 to %d (seed 42, 1%% sample): figure,mean,sd%n", n - 1);
        for (int i = 0; i < names.length; i++) {
            double mean = sum[i] / n;
            double sd = Math.sqrt(Math.max(0, (squares[i] - n * mean * mean) / (n - 1)));
            System.out.printf(Locale.ROOT, "%s,%.5f,%.5f%n", names[i], mean, sd);
        }
    }

    private static double meanFgt0(List<MonthlyOutcome> year, Group g) {
        return mean(year, m -> m.poverty()[g.ordinal()].fgt0());
    }

    private static double mean(List<MonthlyOutcome> year, java.util.function.ToDoubleFunction<MonthlyOutcome> f) {
        return sum(year, f) / year.size();
    }

    private static double sum(List<MonthlyOutcome> year, java.util.function.ToDoubleFunction<MonthlyOutcome> f) {
        return year.stream().mapToDouble(f).sum();
    }
}
