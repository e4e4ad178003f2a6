package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.Region;

/**
 * Each of the shock types applied to the baseline's conditions of January 2023 changes exactly the fields it
 * should, by the right amount. Every value the tests read is set by {@link #fixture()} (quoted in comments), so that
 * the hand computations hold whatever the defaults of {@link TajikistanDefaults} become.
 */
class ShockApplyTest {
    private static final Scenario BASELINE = TajikistanDefaults.baseline();
    private static final double EPS = 1e-12;
    private static final int RU = Destination.RUSSIA.ordinal();

    private final Conditions before = fixture();
    private final Conditions c = fixture();

    @Test
    void raidWaveMultipliesBothRaidHazardsOfItsDestinationOnly() {
        new RaidWave(Destination.RUSSIA, 3).apply(c, 0, 6);
        assertChanged("raidHazardLegal[0]", "raidHazardIrregular[0]");
        assertEquals(0.006, c.raidHazardLegal[RU], EPS); // 0.002 x 3
        assertEquals(0.06, c.raidHazardIrregular[RU], EPS); // 0.02 x 3
    }

    @Test
    void raidWaveKeepsHazardsProbabilities() {
        new RaidWave(Destination.RUSSIA, 100).apply(c, 0, 6);
        assertEquals(0.2, c.raidHazardLegal[RU], EPS); // 0.002 x 100
        assertEquals(1, c.raidHazardIrregular[RU], EPS); // 0.02 x 100 = 2, capped at 1
    }

    @Test
    void tightenedRulesRaiseFeeLowerExamPassAndAddLapse() {
        new TightenedRules(Destination.RUSSIA, 1.5, 0.72, 0.01).apply(c, 0, 12);
        assertChanged("monthlyFee[0]", "examPassRate[0]", "lapseHazard[0]");
        assertEquals(6962.5 * 1.5, c.monthlyFee[RU], 1e-9); // patent 6,962.5 RUB in 2023 -> 10,443.75
        assertEquals(0.6984, c.examPassRate[RU], EPS); // 0.97 x 0.72
        assertEquals(0.03, c.lapseHazard[RU], EPS); // 0.02 + 0.01
    }

    @Test
    void rulesAreDescribedAsTheyChange() {
        assertEquals("tightened rules in Russia (fee x1.5, exam pass x0.72, lapse +0.01/month)",
                new TightenedRules(Destination.RUSSIA, 1.5, 0.72, 0.01).describe());
        assertEquals("eased rules in Kazakhstan (fee x0.5)",
                new TightenedRules(Destination.KAZAKHSTAN, 0.5, 1, 0).describe());
        assertEquals("changed rules in Russia (fee x0.5, exam pass x0.8)",
                new TightenedRules(Destination.RUSSIA, 0.5, 0.8, 0).describe());
        // a lever dragged to 0.1876288...: four decimals, not the double's seventeen digits
        assertEquals("tightened rules in Russia (exam pass x0.1876)",
                new TightenedRules(Destination.RUSSIA, 1, 0.1876288, 0).describe());
        assertEquals("rules in Russia unchanged", new TightenedRules(Destination.RUSSIA, 1, 1, 0).describe());
        // an amount the user wrote is shown whole, not rounded to three digits
        assertEquals("Gulf entry becomes VISA (documents $1255, refusals 25%)",
                new EntryRouteChange(Destination.GULF, org.muhojir.core.world.EntryRoute.VISA, 1255, 0.25).describe());
        assertEquals("RUB per USD x1.0004 (RUB loses 0.04% of its value against the dollar)",
                new ExchangeRateShock("RUB", 1.0004).describe());
        // shares as percentages, and a path's values (the first and last of a long one)
        assertEquals("transfer fee 1% on every corridor", new TransferFeeChange(null, 0.01).describe());
        // an amnesty acts once, whatever months it is given
        assertEquals("amnesty in Russia (in its first month: bans lifted, irregular migrants regularised)",
                new Amnesty(Destination.RUSSIA).describe());
        assertEquals("skills programme in [Khatlon] reaching 20% of untrained households",
                new SkillsProgramme(java.util.List.of(org.muhojir.core.world.Region.KHATLON), 0.2).describe());
        assertEquals("RUB per USD follows a given path (90 in 2024-01, 110 in 2024-07)", new ExchangeRatePath("RUB",
                org.muhojir.core.param.MonthlySeries.of(java.util.Map.of(java.time.YearMonth.of(2024, 1), 90.0,
                        java.time.YearMonth.of(2024, 7), 110.0))).describe());
        java.util.Map<java.time.YearMonth, Double> monthly = new java.util.HashMap<>();
        for (int m = 1; m <= 12; m++) {
            monthly.put(java.time.YearMonth.of(2024, m), 90.0 + m);
        }
        assertEquals("RUB per USD follows a given path (91 in 2024-01 ... 102 in 2024-12, 12 points)",
                new ExchangeRatePath("RUB", org.muhojir.core.param.MonthlySeries.of(monthly)).describe());
    }

    @Test
    void tightenedRulesKeepRatesProbabilities() {
        new TightenedRules(Destination.RUSSIA, 1, 2, 0.99).apply(c, 0, 12);
        assertChanged("examPassRate[0]", "lapseHazard[0]"); // a fee multiplier of 1 changes nothing
        assertEquals(1, c.examPassRate[RU], EPS); // 0.97 x 2 capped
        assertEquals(1, c.lapseHazard[RU], EPS); // 0.02 + 0.99 capped
    }

    @Test
    void banPolicySetsBanLengthAndAddsExpulsions() {
        new BanPolicy(Destination.RUSSIA, 120, 0.05).apply(c, 0, 12);
        assertChanged("banMonths[0]", "expulsionRate[0]");
        assertEquals(120, c.banMonths[RU]); // was 60
        assertEquals(0.05, c.expulsionRate[RU], EPS); // was 0
        new BanPolicy(Destination.RUSSIA, 24, 0.03).apply(c, 0, 12); // a second one in force as well
        assertEquals(24, c.banMonths[RU]);
        assertEquals(0.08, c.expulsionRate[RU], EPS);
    }

    @Test
    void amnestyFlagsOnlyItsFirstMonth() {
        new Amnesty(Destination.TURKEY).apply(c, 0, 6);
        assertChanged("amnesty[2]");
        Conditions later = fixture();
        new Amnesty(Destination.TURKEY).apply(later, 1, 6);
        assertEquals(Set.of(), ConditionsDiff.changed(before, later));
    }

    @Test
    void exchangeRateShockScalesUnitsPerDollar() {
        new ExchangeRateShock("RUB", 2).apply(c, 0, 12);
        assertChanged("localPerUsd[0]");
        assertEquals(170.5, c.localPerUsd[RU], EPS); // 85.25 RUB per USD in 2023, doubled
        // a rouble wage is now worth half as many somoni
        assertEquals(before.toTjs(RU, 50_000) / 2, c.toTjs(RU, 50_000), 1e-9);
    }

    @Test
    void exchangeRateShockOnTheSomoni() {
        double gdp = c.gdpUsdMillion;
        new ExchangeRateShock("TJS", 1.5).apply(c, 0, 12);
        assertChanged("tjsPerUsd", "gdpUsdMillion");
        assertEquals(16.2, c.tjsPerUsd, 1e-9); // 10.8 x 1.5
        assertEquals(gdp / 1.5, c.gdpUsdMillion, 1e-9); // GDP in somoni held: two thirds as many dollars
    }

    @Test
    void exchangeRatePathReplacesTheRateWithTheMonthsValue() {
        MonthlySeries path = MonthlySeries.annual(Map.of(2023, 90.0, 2024, 100.0));
        new ExchangeRatePath("RUB", path).apply(c, 0, 24);
        assertChanged("localPerUsd[0]");
        assertEquals(90, c.localPerUsd[RU], EPS);
        Conditions june2024 = new Conditions();
        org.muhojir.core.scenario.Timeline.reset(june2024, BASELINE, YearMonth.of(2024, 6));
        new ExchangeRatePath("RUB", path).apply(june2024, 17, 24);
        assertEquals(100, june2024.localPerUsd[RU], EPS);
        double gdp = c.gdpUsdMillion;
        new ExchangeRatePath("TJS", MonthlySeries.constant(12)).apply(c, 0, 24);
        assertEquals(12, c.tjsPerUsd, EPS);
        assertEquals(gdp * 10.8 / 12, c.gdpUsdMillion, 1e-9); // GDP in somoni held at the path's rate
    }

    @Test
    void borderClosureOfOneDestination() {
        new BorderClosure(Destination.GULF).apply(c, 0, 3);
        assertChanged("open[3]");
        assertFalse(c.open[Destination.GULF.ordinal()]);
    }

    @Test
    void borderClosureOfNullClosesEveryDestination() {
        new BorderClosure(null).apply(c, 0, 3);
        assertChanged("open[0]", "open[1]", "open[2]", "open[3]", "open[4]", "open[5]", "open[6]");
    }

    @Test
    void quotaChangeMakesTheRouteAQuota() {
        new QuotaChange(Destination.KAZAKHSTAN, 5_000).apply(c, 0, 12);
        assertChanged("route[1]", "annualQuota[1]");
        assertEquals(EntryRoute.QUOTA, c.route[1]); // was VISA_FREE
        assertEquals(5_000, c.annualQuota[1]); // was 0
        // South Korea's route is already QUOTA (with no places): only the quota changes
        Conditions korea = fixture();
        new QuotaChange(Destination.SOUTH_KOREA, 3_000).apply(korea, 0, 12);
        assertEquals(Set.of("annualQuota[4]"), ConditionsDiff.changed(before, korea));
    }

    @Test
    void entryRouteChangeSetsRouteDocumentsAndRefusals() {
        new EntryRouteChange(Destination.TURKEY, EntryRoute.VISA, 80, 0.2).apply(c, 0, 12);
        assertChanged("route[2]", "documentsUsd[2]", "refusalRate[2]");
        assertEquals(EntryRoute.VISA, c.route[2]); // was VISA_FREE
        assertEquals(80, c.documentsUsd[2], EPS); // was 50
        assertEquals(0.2, c.refusalRate[2], EPS); // was 0
    }

    @Test
    void entryExamSetsThePassRateAndTheExamsLanguage() {
        new EntryExam(Destination.KAZAKHSTAN, 0.8, true).apply(c, 0, 12);
        assertChanged("examPassRate[1]", "russianExam[1]");
        assertEquals(0.8, c.examPassRate[1], EPS); // was 1.0
        assertTrue(c.russianExam[1]); // was false
        new EntryExam(Destination.RUSSIA, 1.0, false).apply(c, 0, 12); // Russia before its 2014 exam
        assertEquals(1.0, c.examPassRate[RU], EPS); // was 0.97
        assertFalse(c.russianExam[RU]);
    }

    @Test
    void skillsProgrammeReachesItsShareOverItsMonths() {
        int months = 12;
        new SkillsProgramme(List.of(Region.KHATLON, Region.GBAO), 0.3).apply(c, 0, months);
        assertChanged("trainingRate[2]", "trainingRate[4]");
        // r = 1 - 0.7^(1/12) = 0.0292855...; after 12 months 1 - (1 - r)^12 = 0.3 are reached
        double r = c.trainingRate[Region.KHATLON.ordinal()];
        assertEquals(0.029285530376777613, r, 1e-12);
        assertEquals(0.3, 1 - Math.pow(1 - r, months), 1e-12);
        assertEquals(r, c.trainingRate[Region.GBAO.ordinal()], 0.0);
    }

    @Test
    void skillsProgrammesInTheSameRegionCombineAsIndependentChances() {
        // one month each: r = share. Two programmes of 0.2 and 0.5 reach 1 - 0.8 x 0.5 = 0.6
        new SkillsProgramme(List.of(Region.SUGHD), 0.2).apply(c, 0, 1);
        new SkillsProgramme(List.of(Region.SUGHD), 0.5).apply(c, 0, 1);
        assertEquals(0.6, c.trainingRate[Region.SUGHD.ordinal()], EPS);
    }

    @Test
    void consularProtectionScalesTheDeportationShare() {
        new ConsularProtection(Destination.RUSSIA, 0.5).apply(c, 0, 12);
        assertChanged("deportationShare[0]");
        assertEquals(0.15, c.deportationShare[RU], EPS); // 0.3 x 0.5
        new ConsularProtection(Destination.RUSSIA, 10).apply(c, 0, 12);
        assertEquals(1, c.deportationShare[RU], EPS); // 0.15 x 10 capped
    }

    @Test
    void transferFeeChangeOnOneCorridor() {
        new TransferFeeChange(Destination.UK, 0).apply(c, 0, 12);
        assertChanged("transferFeeRate[5]");
        assertEquals(0, c.transferFeeRate[5], EPS); // was 0.03
    }

    @Test
    void transferFeeChangeOfNullSetsEveryCorridor() {
        new TransferFeeChange(null, 0.01).apply(c, 0, 12);
        // every fee of the fixture (0.02 or 0.03) differs from 0.01, so every corridor shows as changed
        assertChanged("transferFeeRate[0]", "transferFeeRate[1]", "transferFeeRate[2]", "transferFeeRate[3]",
                "transferFeeRate[4]", "transferFeeRate[5]", "transferFeeRate[6]");
        for (double fee : c.transferFeeRate) {
            assertEquals(0.01, fee, EPS);
        }
    }

    @Test
    void wageShockScalesEverySkillsWageAtItsDestination() {
        new WageShock(Destination.RUSSIA, 0.8).apply(c, 0, 12);
        assertChanged("wage[0][0]", "wage[0][1]", "wage[0][2]");
        // unskilled 27,900 x 1.9 = 53,010 RUB; trade x 1.4 = 74,214; higher x 1.25 = 66,262.5
        assertEquals(53_010 * 0.8, c.wage[RU][0], 1e-9);
        assertEquals(74_214 * 0.8, c.wage[RU][1], 1e-9);
        assertEquals(66_262.5 * 0.8, c.wage[RU][2], 1e-9);
    }

    @Test
    void labourDemandScalesMigrantsChanceOfWorkAtItsDestinationOnly() {
        new LabourDemand(Destination.RUSSIA, 0.7).apply(c, 0, 6);
        assertChanged("employmentRate[0]");
        assertEquals(0.92 * 0.7, c.employmentRate[RU], EPS); // a recession: 30% fewer months of work
    }

    @Test
    void aBoomCannotGiveMoreThanEveryMonthOfWork() {
        new LabourDemand(Destination.RUSSIA, 1.5).apply(c, 0, 6);
        assertEquals(1, c.employmentRate[RU], EPS); // 0.92 x 1.5 = 1.38, capped
    }

    @Test
    void homePricesRiseAndNothingElseMoves() {
        double before = c.homePriceLevel;
        new HomePriceShock(1.15).apply(c, 0, 12);
        assertChanged("homePriceLevel");
        assertEquals(before * 1.15, c.homePriceLevel, EPS); // incomes at home (homeIncomeLevel) stay
    }

    @Test
    void incomesAtHomeFollowPricesByTheShareSaid() {
        double prices = c.homePriceLevel;
        double incomes = c.homeIncomeLevel;
        new HomePriceShock(1.2, 0.25).apply(c, 0, 12);
        assertChanged("homePriceLevel", "homeIncomeLevel");
        assertEquals(prices * 1.2, c.homePriceLevel, EPS);
        assertEquals(incomes * 1.05, c.homeIncomeLevel, EPS); // a quarter of the 20% rise
        assertEquals("prices in Tajikistan x1.2, incomes at home x1.05", new HomePriceShock(1.2, 0.25).describe());
    }

    @Test
    void travelCostChangeScalesTheJourneyToItsDestinationOnly() {
        new TravelCostChange(Destination.RUSSIA, 0.5).apply(c, 0, 12);
        assertChanged("travelUsd[0]");
        assertEquals(175, c.travelUsd[RU], EPS); // USD 350 halved; the papers (documentsUsd) stay as they are
        assertEquals(100, c.documentsUsd[RU], EPS);
        assertEquals((175 + 100) * 10.8, c.journeyCostTjs(RU), 1e-9); // what a departure costs in somoni
        assertEquals("cheaper journey to Russia (travel cost x0.5)", new TravelCostChange(Destination.RUSSIA, 0.5)
                .describe());
        assertEquals("dearer journey to Kazakhstan (travel cost x4)", new TravelCostChange(Destination.KAZAKHSTAN, 4)
                .describe());
    }

    @Test
    void everyShockTypeIsCoveredHere() {
        // a new shock type must get a test in this class: the samples below name all the permitted types
        Set<String> permitted = new TreeSet<>();
        for (Class<?> k : Shock.class.getPermittedSubclasses()) {
            permitted.add(k.getSimpleName());
        }
        assertEquals(17, permitted.size());
        Set<String> sampled = new TreeSet<>();
        for (Shock s : ShockValidationTest.validSamples()) {
            sampled.add(s.getClass().getSimpleName());
        }
        assertEquals(permitted, sampled);
        assertTrue(permitted.contains("WageShock"));
    }

    /**
     * The baseline's conditions of January 2023 with every value these tests read set here: in Russia, raid hazards
     * 0.002 (legal) and 0.02 (irregular), deportation share 0.3, bans of 60 months, lapse hazard 0.02, exam pass
     * rate 0.97, a patent of 6,962.5 RUB a month, wages of 53,010 / 74,214 / 66,262.5 RUB by skill (none, trade,
     * higher), migrants' chance of work 0.92 and 85.25 RUB per USD; 10.8 TJS per USD; Kazakhstan visa-free, with no exam (pass rate 1, not in
     * Russian), and South Korea a quota route, both without places; Turkey visa-free with USD 50 of documents and no refusals; transfer fees of 2% on every
     * corridor but Turkey's, the Gulf's, the UK's and the USA's, 3%.
     */
    private static Conditions fixture() {
        Conditions f = ConditionsDiff.reset(BASELINE);
        f.raidHazardLegal[RU] = 0.002;
        f.raidHazardIrregular[RU] = 0.02;
        f.deportationShare[RU] = 0.3;
        f.banMonths[RU] = 60;
        f.lapseHazard[RU] = 0.02;
        f.examPassRate[RU] = 0.97;
        f.monthlyFee[RU] = 6_962.5;
        f.wage[RU][0] = 53_010;
        f.wage[RU][1] = 74_214;
        f.wage[RU][2] = 66_262.5;
        f.employmentRate[RU] = 0.92;
        f.localPerUsd[RU] = 85.25;
        f.tjsPerUsd = 10.8;
        f.travelUsd[RU] = 350;
        f.documentsUsd[RU] = 100;
        int kz = Destination.KAZAKHSTAN.ordinal();
        f.route[kz] = EntryRoute.VISA_FREE;
        f.annualQuota[kz] = 0;
        f.examPassRate[kz] = 1.0;
        f.russianExam[kz] = false;
        int korea = Destination.SOUTH_KOREA.ordinal();
        f.route[korea] = EntryRoute.QUOTA;
        f.annualQuota[korea] = 0;
        int tr = Destination.TURKEY.ordinal();
        f.route[tr] = EntryRoute.VISA_FREE;
        f.documentsUsd[tr] = 50;
        f.refusalRate[tr] = 0;
        for (Destination d : Destination.values()) {
            f.transferFeeRate[d.ordinal()] = d == Destination.RUSSIA || d == Destination.KAZAKHSTAN
                    || d == Destination.SOUTH_KOREA ? 0.02 : 0.03;
        }
        return f;
    }

    private void assertChanged(String... fields) {
        assertEquals(new TreeSet<>(List.of(fields)), ConditionsDiff.changed(before, c));
    }
}
