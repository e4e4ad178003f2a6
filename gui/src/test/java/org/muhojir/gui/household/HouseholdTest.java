package org.muhojir.gui.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.population.HouseholdView;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;
import org.muhojir.core.world.Skill;

class HouseholdTest {
    private static Households fiveHouseholds() {
        Households hh = new Households(5, 1);
        Region[] where = {Region.KHATLON, Region.GBAO, Region.KHATLON, Region.DRS, Region.KHATLON};
        for (int h = 0; h < 5; h++) {
            hh.region[h] = (byte) where[h].ordinal();
        }
        return hh;
    }

    @Test
    void aHouseholdPickedInARegionLivesThereAndAnyOfThemMayBePicked() {
        HouseholdPicker p = new HouseholdPicker(3);
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            picked.add(p.pick(fiveHouseholds(), Region.KHATLON));
        }
        assertEquals(Set.of(0, 2, 4), picked); // 200 draws miss one of three with probability 3 x (2/3)^200
        assertEquals(-1, p.pick(fiveHouseholds(), Region.SUGHD));
    }

    @Test
    void theSameSeedPicksTheSameHouseholds() {
        HouseholdPicker a = new HouseholdPicker(11);
        HouseholdPicker b = new HouseholdPicker(11);
        for (int i = 0; i < 20; i++) {
            assertEquals(a.pick(fiveHouseholds(), null), b.pick(fiveHouseholds(), null));
        }
    }

    @Test
    void aFollowedHouseholdIsRecordedOnceAMonth() {
        MuhojirModel m = new MuhojirModel(TajikistanDefaults.baseline().withSampleFraction(0.002)
                .withPeriod(TajikistanDefaults.START, 12), RunOptions.seed(5));
        m.start();
        HouseholdWatch w = new HouseholdWatch();
        w.follow(10);
        w.record(m); // nothing simulated yet: nothing to record
        m.stepMonth();
        w.record(m);
        w.record(m); // the same month again: not twice
        m.stepMonth();
        w.record(m);
        assertEquals(List.of(YearMonth.of(2023, 1), YearMonth.of(2023, 2)),
                w.history().stream().map(HouseholdWatch.Row::month).toList());
        assertEquals(10, w.history().get(0).view().index());
        w.follow(3);
        assertEquals(List.of(), w.history());
    }

    @Test
    void standingComparesConsumptionWithBothLines() {
        assertEquals("extremely poor", HouseholdReport.standing(200, 326, 234));
        assertEquals("poor", HouseholdReport.standing(300, 326, 234));
        assertEquals("not poor", HouseholdReport.standing(326, 326, 234));
    }

    @Test
    void theReportSaysWhoIsAbroadWhereWithWhatStatusAndWhatTheySend() {
        HouseholdView v = new HouseholdView(7, Region.KHATLON, false, 2, 1, 3, Skill.TRADE, 2, 500, 0, 300, 150, 320,
                1_100, Destination.RUSSIA, YearMonth.of(2028, 3), List.of(
                new HouseholdView.MemberAbroad(Destination.RUSSIA, Skill.NONE, LegalStatus.IRREGULAR, false,
                        YearMonth.of(2022, 4), 800, 120),
                new HouseholdView.MemberAbroad(Destination.KAZAKHSTAN, Skill.TRADE, LegalStatus.LEGAL, true,
                        YearMonth.of(2023, 2), 200, 60)));
        String html = HouseholdReport.html(List.of(new HouseholdWatch.Row(YearMonth.of(2023, 5), v, 326, 234, 5_000,
                4_860, 350, 100)));
        for (String expected : new String[] {"Household 7, Khatlon (village), 2023-05",
            "A man in Russia since 2022-04, without papers: saved US$ 800, sent US$ 120 this month.",
            "A woman in Kazakhstan since 2023-02, legal (papers in order): saved US$ 200, sent US$ 60 this month.",
            "poor</b>", "(extremely poor)",
            "banned</b> from Russia until 2028-03", "conversational", "1,100"}) {
            assertTrue(html.contains(expected), "missing '" + expected + "' in " + html);
        }
    }

    @Test
    void theReportGivesTheQuarterAsThePovertyFiguresCountIt() {
        // poor this month (300 against a line of 326) but not over the quarter (340)
        String html = HouseholdReport.html(List.of(row(300, 340)));
        assertTrue(html.contains("line of 326: <b>poor</b>"), html);
        assertTrue(html.contains("consumption 340 TJS per adult equivalent at this month's prices: <b>not poor</b>"),
                html);
        // nobody at home: the figures do not count the household, and the report gives no quarter
        assertTrue(!HouseholdReport.html(List.of(row(0, 0))).contains("Over the quarter"));
    }

    private static HouseholdWatch.Row row(double consumption, double welfare) {
        HouseholdView v = new HouseholdView(7, Region.KHATLON, false, 2, 1, 3, Skill.TRADE, 2, 500, 0, consumption,
                consumption, welfare, 0, null, null, List.of());
        return new HouseholdWatch.Row(YearMonth.of(2023, 5), v, 326, 234, 1_000, 4_860, 350, 100);
    }

    /** The liquidity constraint, made visible: what the household could raise against the journey's cost. */
    @Test
    void theReportSaysWhetherTheHouseholdCanPayForAJourneyToRussia() {
        String cannot = HouseholdReport.html(List.of(row(300, 340)));
        assertTrue(cannot.contains("it could now raise 1,000 TJS"), cannot);
        assertTrue(cannot.contains("against 4,860 TJS for a journey to Russia this month (a fare of US$ 350 and papers "
                + "of US$ 100, priced in dollars): <b>not enough</b> for a member to leave for Russia at these prices "
                + "(whether one goes is the household's choice)."), cannot);
        HouseholdView v = new HouseholdView(7, Region.KHATLON, false, 2, 1, 3, Skill.TRADE, 2, 500, 0, 300, 300, 300,
                0, null, null, List.of());
        String can = HouseholdReport.html(List.of(new HouseholdWatch.Row(YearMonth.of(2023, 5), v, 326, 234, 4_860,
                4_860, 350, 100)));
        assertTrue(can.contains("<b>enough</b> for a member"), can);
    }

    /**
     * What the visualizer records of a followed household's journey is what the model's own rule would see: the
     * household's savings, and credit of {@code creditMonths} of the income of its members at home (not of those
     * abroad) less its debt, and the month's journey to Russia at its exchange rate. The household followed has a
     * member abroad and a debt, so that each part counts.
     */
    @Test
    void theRecordedJourneyIsTheModelsOwn() {
        MuhojirModel m = new MuhojirModel(TajikistanDefaults.baseline().withSampleFraction(0.002)
                .withPeriod(TajikistanDefaults.START, 12), RunOptions.seed(5));
        m.start();
        m.stepMonth();
        Households hh = m.households();
        double creditMonths = m.scenario().economy().creditMonths();
        int h = 0;
        while (!(hh.membersAbroad(h) > 0 && hh.debt[h] > 0 && hh.menAtHome(h) + hh.womenAtHome(h) > 0
                && creditMonths * m.economy().income(hh, h, hh.menAtHome(h), hh.womenAtHome(h)) > hh.debt[h])) {
            h++;
        }
        HouseholdWatch w = new HouseholdWatch();
        w.follow(h);
        w.record(m);
        HouseholdWatch.Row r = w.history().get(0);
        Conditions c = m.conditions();
        int russia = Destination.RUSSIA.ordinal();
        assertEquals((c.travelUsd[russia] + c.documentsUsd[russia]) * c.tjsPerUsd, r.journeyToRussia(), 1e-9);
        assertEquals((r.fareToRussiaUsd() + r.papersToRussiaUsd()) * c.tjsPerUsd, r.journeyToRussia(), 1e-9);
        double incomeAtHome = m.economy().income(hh, h, hh.menAtHome(h), hh.womenAtHome(h));
        double credit = creditMonths * incomeAtHome - hh.debt[h];
        assertEquals(Math.max(0, hh.savings[h]) + Math.max(0, credit), r.canRaise(), 1e-6 * r.canRaise());
        double creditAsIfAllHome = creditMonths * m.economy().income(hh, h, hh.men[h], hh.women[h]) - hh.debt[h];
        assertTrue(Math.abs(Math.max(0, hh.savings[h]) + Math.max(0, creditAsIfAllHome) - r.canRaise()) > 1,
                "the members abroad earn nothing at home for the credit");
        assertTrue(r.journeyToRussia() > 1_000, "a journey of some thousands of somoni: " + r.journeyToRussia());
    }

    @Test
    void everyLineOfTheHouseholdChartHasItsOwnColour() {
        // the legend shows a swatch of each line's colour: two alike would name two lines with one swatch
        assertEquals(HouseholdFrame.SERIES_COLOURS.size(), new java.util.HashSet<>(HouseholdFrame.SERIES_COLOURS)
                .size());
        assertEquals(4, HouseholdFrame.SERIES_COLOURS.size()); // consumption, without, poverty, extreme lines
    }
}
