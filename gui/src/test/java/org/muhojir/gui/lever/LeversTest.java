package org.muhojir.gui.lever;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ConsularProtection;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.policy.TravelCostChange;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

class LeversTest {
    private static final int RU = Destination.RUSSIA.ordinal();
    private static final int KR = Destination.SOUTH_KOREA.ordinal();
    private static final int UK = Destination.UK.ordinal();

    /**
     * The baseline's conditions in January 2025: patent 8,900 RUB, the recorded roubles per dollar of the month, exam
     * 0.7 (the world's event of 2024-05), UK 2,000.
     */
    static Conditions baseline2025() {
        Conditions c = new Conditions();
        new Timeline(TajikistanDefaults.baseline()).resolve(YearMonth.of(2025, 1), c);
        return c;
    }

    @Test
    void neutralLeversMakeNoShock() {
        assertEquals(List.of(), new Levers(LeversTest::baseline2025).shocksFor(baseline2025()));
    }

    @Test
    void valueLeversFollowTheScenarioUntilMoved() {
        Levers l = new Levers(LeversTest::baseline2025);
        assertEquals(8_900, l.getPatentFeeInRussia(), 0);
        assertEquals(2_000, l.getUkQuota());
        assertEquals("none", l.getPinned());
        l.setPatentFeeInRussia(10_000);
        assertEquals(10_000, l.getPatentFeeInRussia(), 0);
        assertEquals("patent fee", l.getPinned());
        l.reset();
        assertEquals(8_900, l.getPatentFeeInRussia(), 0);
    }

    @Test
    void theInspectorListsMovedIntensitiesToo() {
        Levers l = new Levers(LeversTest::baseline2025);
        l.setRaidIntensityInRussia(3);
        l.setConsularProtectionInRussia(0.5);
        assertEquals("raids, consular", l.getPinned());
        l.setFareToRussia(0.5);
        assertEquals("raids, consular, fare", l.getPinned());
        l.setFareToRussia(1);
        l.setSouthKoreaQuota(20_000);
        l.setUkQuota(5_000);
        // four moved: two named and the count of the rest, so the line stays short
        assertEquals("raids, consular and 2 more", l.getPinned());
        l.reset();
        assertEquals("none", l.getPinned());
    }

    @Test
    void eachLeverBecomesTheShockThatSetsItsValue() {
        Levers l = new Levers(LeversTest::baseline2025);
        l.setRaidIntensityInRussia(3);
        l.setPatentFeeInRussia(13_350); // 13,350 / 8,900 = 1.5
        l.setExamPassRateInRussia(0.35); // 0.35 / 0.7 (the exam of 2024-05, an event of the world) = 0.5
        double rub = baseline2025().localPerUsd[Destination.RUSSIA.ordinal()]; // the month's recorded rate
        double twice = Math.round(2 * rub * 100) / 100.0; // the lever keeps two decimals
        l.setRoublesPerDollar(twice);
        l.setSouthKoreaQuota(5_000);
        l.setUkQuota(2_000); // as the scenario: no shock
        l.setTransferFeePercent(1);
        l.setConsularProtectionInRussia(0.25); // deportation share x 0.75
        l.setFareToRussia(0.5);
        assertEquals(List.of(new RaidWave(Destination.RUSSIA, 3),
                new TightenedRules(Destination.RUSSIA, 1.5, 1, 0),
                new TightenedRules(Destination.RUSSIA, 1, 0.5, 0),
                new ExchangeRateShock("RUB", twice / rub),
                new QuotaChange(Destination.SOUTH_KOREA, 5_000),
                new TransferFeeChange(null, 0.01),
                new ConsularProtection(Destination.RUSSIA, 0.75),
                new TravelCostChange(Destination.RUSSIA, 0.5)), l.shocksFor(baseline2025()));
    }

    @Test
    void appliedToTheMonthTheShocksGiveExactlyTheLeversValues() {
        Levers l = new Levers(LeversTest::baseline2025);
        l.setPatentFeeInRussia(12_345);
        l.setExamPassRateInRussia(0.7);
        l.setRoublesPerDollar(120);
        l.setSouthKoreaQuota(3_000);
        l.setTransferFeePercent(1.5);
        l.setFareToRussia(0.5);
        Conditions c = baseline2025();
        double fare = c.travelUsd[RU];
        double deportation = c.deportationShare[RU];
        l.shocksFor(baseline2025()).forEach(s -> s.apply(c, 0, 1));
        assertEquals(12_345, c.monthlyFee[RU], 1e-9);
        assertEquals(0.7, c.examPassRate[RU], 1e-12);
        assertEquals(120, c.localPerUsd[RU], 1e-9);
        assertEquals(3_000, c.annualQuota[KR]);
        assertEquals(EntryRoute.QUOTA, c.route[KR]);
        assertEquals(2_000, c.annualQuota[UK]);
        assertEquals(0.015, c.transferFeeRate[Destination.GULF.ordinal()], 1e-12);
        assertEquals(deportation, c.deportationShare[RU], 0);
        assertEquals(fare / 2, c.travelUsd[RU], 1e-12);
    }

    @Test
    void theSlidersEchoDoesNotPinOrMoveALever() {
        Levers l = new Levers(LeversTest::baseline2025);
        // MASON's slider writes back the position just below the value it shows: 8,900 of 0..30,000 in 1,000
        // positions is position 296.67, written back as 296 x 30 = 8,880
        l.setPatentFeeInRussia(8_880);
        assertEquals("none", l.getPinned());
        l.setRaidIntensityInRussia(3);
        l.setRaidIntensityInRussia(2.99); // one position (10 / 1,000) below
        assertEquals(3, l.getRaidIntensityInRussia(), 0);
        l.setRaidIntensityInRussia(2.5); // a real move
        assertEquals(2.5, l.getRaidIntensityInRussia(), 0);
    }

    @Test
    void leversStayInTheirRanges() {
        Levers l = new Levers(LeversTest::baseline2025);
        l.setRaidIntensityInRussia(50);
        l.setConsularProtectionInRussia(-1);
        l.setSouthKoreaQuota(-5);
        l.setFareToRussia(10);
        assertEquals(4, l.getFareToRussia(), 0); // the plausible range of TravelCostChange.travelMultiplier
        assertEquals(10, l.getRaidIntensityInRussia(), 0);
        assertEquals(0, l.getConsularProtectionInRussia(), 0);
        assertEquals(0, l.getSouthKoreaQuota());
        assertTrue(l.getPinned().contains("Korea"));
    }

    /** MASON shows a lever's explanation as a tooltip: HTML wrapped at a readable width, its text escaped. */
    @Test
    void everyLeversExplanationIsATooltipWrappedToBeRead() throws Exception {
        assertEquals("<html><body style='width: 300px'>1 &lt; 2 &amp; 3 &gt; 2</body></html>",
                Levers.tip("1 < 2 & 3 > 2"));
        Levers l = new Levers(LeversTest::baseline2025);
        int described = 0;
        for (java.lang.reflect.Method m : Levers.class.getMethods()) {
            if (m.getName().startsWith("des") && m.getParameterCount() == 0) {
                String text = (String) m.invoke(l);
                assertTrue(text.startsWith("<html><body style='width: 300px'>") && text.length() > 60, m.getName());
                described++;
            }
        }
        assertEquals(10, described); // the nine levers and the list of those moved
    }

    @Test
    void leverRangesAreThePlausibleRangesCoreDeclaresForTheFieldsTheySet() {
        Levers l = new Levers(LeversTest::baseline2025);
        double[] raids = org.muhojir.core.param.FieldInfo.of(RaidWave.class, "raidMultiplier").plausibleRange();
        sim.util.Interval dom = (sim.util.Interval) l.domRaidIntensityInRussia();
        assertEquals(raids[0], dom.getMin().doubleValue(), 0);
        assertEquals(raids[1], dom.getMax().doubleValue(), 0);
        // within core's legal range (0 to 1000), a slider of 1,000 positions up to 10
        assertEquals(10, raids[1], 0);
        l.setRaidIntensityInRussia(500);
        assertEquals(10, l.getRaidIntensityInRussia(), 0);
        sim.util.Interval quota = (sim.util.Interval) l.domUkQuota();
        assertEquals(50_000L, quota.getMax().longValue());
        sim.util.Interval fee = (sim.util.Interval) l.domTransferFeePercent();
        assertEquals(10.0, fee.getMax().doubleValue(), 1e-12);
    }
}
