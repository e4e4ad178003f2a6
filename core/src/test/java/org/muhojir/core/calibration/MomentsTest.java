package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.Arrays;
import org.muhojir.core.outcome.AnnualOutcome;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.PovertyMeasures;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * Every moment of the catalogue on a synthetic year whose numbers are chosen so that the answers can be worked
 * out by hand. In month i of 2023 (i = 1..12): departures 10 i to Russia and i to Kazakhstan (11 i in all, 858 over
 * the year); women 0.5 i; returns by choice 5; deportations 1; remittances sent 100 USD with 2 USD fees; GDP 1,000
 * USD; poverty 0.2 in January to June and 0.3 after; extreme poverty 0.1; Gini i / 100; households with a migrant
 * 0.4; migrants abroad 100 + i in Russia (legal), 3 naturalised in Russia and 10 in Kazakhstan (irregular);
 * naturalisations 2 in Russia and 7 in Kazakhstan. December 2022 and January 2024, with very different numbers, must
 * not count.
 */
class MomentsTest {
    private static final double EPS = 1e-12;

    private final List<MonthlyOutcome> run = syntheticRun();

    @Test
    void flowsAreSummedOverTheYear() {
        // 98 USD received a month for twelve months
        assertEquals(1176, Moments.REMITTANCES_RECEIVED_USD.value(run, 2023), EPS);
        // 1,176 / (12 x 1,000)
        assertEquals(0.098, Moments.REMITTANCES_SHARE_OF_GDP.value(run, 2023), EPS);
        // 100 USD sent a month before fees, from every destination (what the World Bank's series is compared with)
        assertEquals(1200, Moments.REMITTANCES_SENT_USD.value(run, 2023), EPS);
        assertEquals(1200.0 / 12_000, Moments.REMITTANCES_SENT_SHARE_OF_GDP.value(run, 2023), EPS);
        // 11 x (1 + ... + 12) = 11 x 78
        assertEquals(858, Moments.DEPARTURES.value(run, 2023), EPS);
        assertEquals(12, Moments.DEPORTATIONS.value(run, 2023), EPS);
        assertEquals(24, Moments.NATURALISATIONS_IN_RUSSIA.value(run, 2023), EPS); // 2 a month, not Kazakhstan's 7
    }

    @Test
    void ratiosAreRatiosOfAnnualSums() {
        // 10 x 78 / (11 x 78)
        assertEquals(10.0 / 11, Moments.RUSSIA_SHARE_OF_DEPARTURES.value(run, 2023), EPS);
        // women 0.5 x 78 = 39 of 858, so men 1 - 39 / 858 = 21 / 22
        assertEquals(21.0 / 22, Moments.MALE_SHARE_OF_DEPARTURES.value(run, 2023), EPS);
        // 12 x 5 = 60 returns by choice; 60 + 12 deportations = 72 returns in all
        assertEquals(60.0 / 858, Moments.RETURNS_BY_CHOICE_OVER_DEPARTURES.value(run, 2023), EPS);
        assertEquals(72.0 / 858, Moments.RETURNS_OVER_DEPARTURES.value(run, 2023), EPS);
        // January to May: 11 x (1 + 2 + 3 + 4 + 5) = 165
        assertEquals(165.0 / 858, Moments.DEPARTURES_SHARE_BY_END_OF_MAY.value(run, 2023), EPS);
    }

    @Test
    void stocksAndRatesAreMonthlyMeans() {
        // (6 x 0.2 + 6 x 0.3) / 12
        assertEquals(0.25, Moments.POVERTY_FGT0.value(run, 2023), EPS);
        assertEquals(0.1, Moments.EXTREME_POVERTY_FGT0.value(run, 2023), EPS);
        // mean of i / 100 = 6.5 / 100
        assertEquals(0.065, Moments.GINI.value(run, 2023), EPS);
        assertEquals(0.4, Moments.HOUSEHOLDS_WITH_MIGRANT_SHARE.value(run, 2023), EPS);
        // Russia: 100 + mean(i) = 106.5 Tajik citizens (the 3 naturalised are Russians now); Kazakhstan 10
        assertEquals(106.5, Moments.MIGRANTS_IN_RUSSIA.value(run, 2023), EPS);
        assertEquals(119.5, Moments.MIGRANTS_ABROAD.value(run, 2023), EPS);
    }

    @Test
    void momentsAreTheCatalogueAnnualValues() {
        AnnualOutcome year = AnnualOutcome.of(run.subList(1, 13)).get(0);
        assertEquals(2023, year.year());
        for (Moment m : Moments.all().values()) {
            Metric metric = Arrays.stream(Metric.values()).filter(k -> k.tidyName().equals(m.name())).findFirst()
                    .orElse(null);
            if (metric != null) {
                assertEquals(year.value(metric), m.value(run, 2023), 0, m.name());
                assertEquals(metric.annualUnit(), m.unit(), m.name());
            }
        }
        assertEquals(year.value(Metric.MIGRANTS_ABROAD, Destination.RUSSIA)
                - year.value(Metric.MIGRANTS_ABROAD_NATURALISED, Destination.RUSSIA),
                Moments.MIGRANTS_IN_RUSSIA.value(run, 2023), 0);
        assertEquals(year.russiaShareOfDepartures(), Moments.RUSSIA_SHARE_OF_DEPARTURES.value(run, 2023), 0);
        assertEquals(year.maleShareOfDepartures(), Moments.MALE_SHARE_OF_DEPARTURES.value(run, 2023), 0);
    }

    @Test
    void destinationMomentsReadOneDestinationOrTheRest() {
        // Russia 10 x 78, Kazakhstan 78, nowhere else
        assertEquals(780, Moments.DEPARTURES_TO_RUSSIA.value(run, 2023), EPS);
        assertEquals(78, Moments.DEPARTURES_TO_KAZAKHSTAN.value(run, 2023), EPS);
        assertEquals(0, Moments.DEPARTURES_ELSEWHERE.value(run, 2023), EPS);
        // 60 USD sent from Russia a month, before fees
        assertEquals(720, Moments.REMITTANCES_FROM_RUSSIA_USD.value(run, 2023), EPS);
        // 5 returns by choice and 1 deportation a month
        assertEquals(72, Moments.RETURNS_AND_DEPORTATIONS.value(run, 2023), EPS);
        // every status counts here, the 3 naturalised too: (106.5 + 3) / (106.5 + 3 + 10)
        assertEquals(109.5 / 119.5, Moments.RUSSIA_SHARE_OF_MIGRANTS_ABROAD.value(run, 2023), EPS);
        // rural poverty is the old methodology's headcount (0.8 of the months' FGT0 of 0.25)
        assertEquals(0.8 * 0.25, Moments.POVERTY_FGT0_RURAL.value(run, 2023), EPS);
    }

    @Test
    void aMomentOverPartOfAYearSumsFlowsAndAveragesRatesOverThoseMonthsOnly() {
        assertEquals(180, Moments.REMITTANCES_FROM_RUSSIA_USD_JAN_MAR.value(run, 2023), EPS);
        assertEquals(180, Moments.REMITTANCES_FROM_RUSSIA_USD_JUL_SEP.value(run, 2023), EPS);
        assertEquals(540, Moments.REMITTANCES_FROM_RUSSIA_USD_JAN_SEP.value(run, 2023), EPS);
        assertEquals(98 * 9, Moments.REMITTANCES_RECEIVED_USD_JAN_SEP.value(run, 2023), EPS);
        // 11 x (1 + ... + 8) = 396
        assertEquals(396, Moments.DEPARTURES_JAN_AUG.value(run, 2023), EPS);
        assertEquals(54, Moments.RETURNS_AND_DEPORTATIONS_JAN_SEP.value(run, 2023), EPS);
        // poverty is 0.2 in January to June
        assertEquals(0.2, Moments.POVERTY_FGT0.overMonths(1, 6).value(run, 2023), EPS);
        assertEquals("naturalisations_russia_jan_mar", Moments.NATURALISATIONS_IN_RUSSIA_JAN_MAR.name());
        assertEquals("persons over months 1-3", Moments.NATURALISATIONS_IN_RUSSIA_JAN_MAR.unit());
        assertThrows(IllegalArgumentException.class, () -> Moments.DEPARTURES.overMonths(0, 3));
        assertThrows(IllegalArgumentException.class, () -> Moments.DEPARTURES.overMonths(4, 3));
    }

    @Test
    void aYearNotSimulatedInFullIsAnErrorNamingTheMissingMonth() {
        List<MonthlyOutcome> partial = new ArrayList<>(run);
        partial.removeIf(m -> m.month().equals(YearMonth.of(2023, 7)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Moments.DEPARTURES.value(partial, 2023));
        assertTrue(e.getMessage().contains("2023-07"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Moments.GINI.value(run, 2025));
    }

    @Test
    void noDeparturesGiveZeroSharesRatherThanNaN() {
        List<MonthlyOutcome> quiet = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            quiet.add(month(YearMonth.of(2023, i), 0, 0, 0, 0.2, 0.01));
        }
        assertEquals(0, Moments.RUSSIA_SHARE_OF_DEPARTURES.value(quiet, 2023));
        assertEquals(0, Moments.RETURNS_OVER_DEPARTURES.value(quiet, 2023));
    }

    @Test
    void theCatalogueFindsMomentsByNameAndListsThemWhenANameIsUnknown() {
        assertEquals(Moments.GINI, Moments.byName("gini"));
        assertEquals(39, Moments.all().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Moments.byName("ginny"));
        assertTrue(e.getMessage().contains("poverty_fgt0"), e.getMessage());
    }

    private static List<MonthlyOutcome> syntheticRun() {
        List<MonthlyOutcome> months = new ArrayList<>();
        months.add(month(YearMonth.of(2022, 12), 1e6, 1e6, 1e6, 0.9, 0.9));
        for (int i = 1; i <= 12; i++) {
            months.add(month(YearMonth.of(2023, i), 10 * i, i, 0.5 * i, i <= 6 ? 0.2 : 0.3, i / 100.0));
        }
        months.add(month(YearMonth.of(2024, 1), 1e6, 1e6, 1e6, 0.9, 0.9));
        return months;
    }

    /** A month with the pattern described in the class comment; i is the calendar month. */
    static MonthlyOutcome month(YearMonth ym, double toRussia, double toKazakhstan, double women, double fgt0,
                                double gini) {
        int d = Destination.COUNT;
        int i = ym.getMonthValue();
        double[][] abroad = new double[d][LegalStatus.COUNT];
        abroad[Destination.RUSSIA.ordinal()][LegalStatus.LEGAL.ordinal()] = 100 + i;
        abroad[Destination.RUSSIA.ordinal()][LegalStatus.NATURALISED.ordinal()] = 3;
        abroad[Destination.KAZAKHSTAN.ordinal()][LegalStatus.IRREGULAR.ordinal()] = 10;
        double[] departures = new double[d];
        departures[Destination.RUSSIA.ordinal()] = toRussia;
        departures[Destination.KAZAKHSTAN.ordinal()] = toKazakhstan;
        double[] returns = new double[d];
        returns[Destination.RUSSIA.ordinal()] = 3;
        returns[Destination.KAZAKHSTAN.ordinal()] = 2;
        double[] deportations = new double[d];
        deportations[Destination.RUSSIA.ordinal()] = 1;
        double[] sent = new double[d];
        sent[Destination.RUSSIA.ordinal()] = 60;
        sent[Destination.KAZAKHSTAN.ordinal()] = 40;
        double[] fees = new double[d];
        fees[Destination.RUSSIA.ordinal()] = 2;
        PovertyMeasures[] poverty = new PovertyMeasures[Group.COUNT];
        java.util.Arrays.fill(poverty, new PovertyMeasures(fgt0, fgt0 / 4, fgt0 / 10, 0.1, fgt0 * 0.8, 9_000_000));
        double[] naturalisations = new double[d];
        naturalisations[Destination.RUSSIA.ordinal()] = 2;
        naturalisations[Destination.KAZAKHSTAN.ordinal()] = 7;
        return new MonthlyOutcome(ym, abroad, departures, women, returns, 0, deportations, new double[d],
                naturalisations, 0, sent, fees, 0, 0, 0, 0, 1000, 10.8, new double[d], 0.4, 0.3, new double[Group.COUNT], poverty, poverty,
                new double[2], gini, gini);
    }
}
