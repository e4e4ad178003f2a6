package org.muhojir.gui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.PovertyMeasures;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

class ChartsTest {
    /** A month with round numbers: see each test for what they add up to. */
    static MonthlyOutcome month() {
        double[][] abroad = new double[Destination.COUNT][LegalStatus.COUNT];
        abroad[0] = new double[] {600_000, 300_000, 5_000, 95_000}; // Russia: 1,000,000 in all
        abroad[1] = new double[] {20_000, 10_000, 0, 0}; // Kazakhstan: 30,000
        double[] sent = {250e6, 5e6, 1e6, 0.5e6, 0, 0, 0.5e6}; // 257 million US dollars
        double[] fees = {5e6, 0.1e6, 0.03e6, 0.015e6, 0, 0, 0.015e6}; // 5.16 million
        PovertyMeasures[] poverty = new PovertyMeasures[Group.COUNT];
        PovertyMeasures[] without = new PovertyMeasures[Group.COUNT];
        for (Group g : Group.values()) {
            poverty[g.ordinal()] = new PovertyMeasures(0.20 + 0.01 * g.ordinal(), 0.05, 0.02, 0.1, 0.15, 9_000_000);
            without[g.ordinal()] = new PovertyMeasures(0.30 + 0.01 * g.ordinal(), 0.09, 0.04, 0.15, 0.25, 9_000_000);
        }
        double[] zero = new double[Destination.COUNT];
        double[] deported = {1_500, 100, 50, 0, 0, 0, 0};
        double[] detained = {4_000, 200, 80, 0, 0, 0, 0};
        return new MonthlyOutcome(YearMonth.of(2024, 7), abroad, zero, 0, zero, 0, deported, detained, zero, 42_000,
                sent, fees, 2.7e9, 0, 0, 0, 1.1e9, 10.9, new double[Destination.COUNT], 0.35, 0.3, new double[Group.COUNT], poverty, without, new double[2], 0.38, 0.42);
    }

    private static double value(ChartSpec c, String series, MonthlyOutcome o) {
        return c.series().stream().filter(s -> s.name().equals(series)).findFirst().orElseThrow().of(o);
    }

    @Test
    void remittancesAreInMillionsOfDollarsAMonth() {
        ChartSpec c = Charts.remittances();
        assertEquals(250, value(c, "from Russia", month()), 1e-9);
        assertEquals(5, value(c, "from Kazakhstan", month()), 1e-9);
        // (257 - 5.16) million received after fees
        assertEquals(251.84, value(c, "all, received after fees", month()), 1e-9);
    }

    @Test
    void migrantsAbroadAreInThousandsAllStatusesTogether() {
        ChartSpec c = Charts.migrantsAbroad();
        assertEquals(1_000, value(c, "Russia", month()), 1e-9);
        assertEquals(30, value(c, "Kazakhstan", month()), 1e-9);
        assertEquals(0, value(c, "USA", month()), 0);
    }

    @Test
    void deportationsAndBansAreNationalTotalsInThousands() {
        ChartSpec c = Charts.deportationsAndBans();
        assertEquals(1.65, value(c, "deported this month", month()), 1e-9); // 1,500 + 100 + 50
        assertEquals(4.28, value(c, "detained this month", month()), 1e-9); // 4,000 + 200 + 80
        assertEquals(42, value(c, "at home, banned from re-entry", month()), 1e-9);
    }

    @Test
    void povertyIsAPercentageWithAndWithoutRemittances() {
        ChartSpec c = Charts.poverty();
        assertEquals(20, value(c, "national", month()), 1e-9); // 0.20 + 0.01 x 0
        assertEquals(30, value(c, "national without", month()), 1e-9);
        assertEquals(23, value(c, "Khatlon", month()), 1e-9); // Khatlon is group 3: 0.20 + 0.03
        assertEquals(33, value(c, "Khatlon without", month()), 1e-9);
        assertEquals(12, c.series().size()); // national and five regions, each with and without
        assertEquals(6, c.series().stream().filter(SeriesSpec::dashed).count());
    }

    @Test
    void everyChartNamesItsLinesUniquely() {
        for (ChartSpec c : Charts.all()) {
            Set<String> names = new HashSet<>();
            c.series().forEach(s -> names.add(s.name()));
            assertEquals(c.series().size(), names.size(), c.title());
        }
        assertEquals(List.of("Remittances by destination", "Migrants abroad by destination",
                "Deportations and bans"), Charts.all().subList(0, 3).stream().map(ChartSpec::title).toList());
    }

    @Test
    void monthsSitOnAYearAxis() {
        assertEquals(2023.0, ChartSpec.x(YearMonth.of(2023, 1)), 0);
        assertEquals(2024.5, ChartSpec.x(YearMonth.of(2024, 7)), 1e-12);
    }

    @Test
    void destinationsAndRegionsEachHaveHuesAtLeastThirtyDegreesApart() {
        assertHuesApart(Charts.DESTINATION_COLOURS, "destinations");
        assertHuesApart(Charts.REGION_COLOURS, "regions");
    }

    /** Every two coloured (not grey) entries differ in hue by 30 degrees or more; greys differ in brightness. */
    static void assertHuesApart(java.awt.Color[] colours, String what) {
        for (int i = 0; i < colours.length; i++) {
            for (int j = i + 1; j < colours.length; j++) {
                float[] a = java.awt.Color.RGBtoHSB(colours[i].getRed(), colours[i].getGreen(), colours[i].getBlue(),
                        null);
                float[] b = java.awt.Color.RGBtoHSB(colours[j].getRed(), colours[j].getGreen(), colours[j].getBlue(),
                        null);
                if (a[1] < 0.2 || b[1] < 0.2) { // a grey stands apart from a colour; two greys by brightness
                    org.junit.jupiter.api.Assertions.assertTrue(a[1] >= 0.2 || b[1] >= 0.2
                            || Math.abs(a[2] - b[2]) > 0.2, what + " " + i + " and " + j + " are both grey alike");
                    continue;
                }
                double apart = Math.abs(a[0] - b[0]) * 360;
                apart = Math.min(apart, 360 - apart);
                org.junit.jupiter.api.Assertions.assertTrue(apart >= 30, what + " " + i + " and " + j
                        + " have hues only " + Math.round(apart) + " degrees apart");
            }
        }
    }
}
