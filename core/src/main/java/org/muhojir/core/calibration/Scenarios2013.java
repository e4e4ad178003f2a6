package org.muhojir.core.calibration;

import java.time.YearMonth;
import java.util.List;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.HouseholdEconomy;
import org.muhojir.core.scenario.NumberLists;
import org.muhojir.core.scenario.PopulationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;

/**
 * The 2013 baseline: Tajikistan from January 2013, before the 2014 rouble collapse, so that history can be
 * replayed from it. It starts from {@link TajikistanDefaults#baseline()} and changes only what differs in 2013:
 * the inputs of 2013 below, and four values calibrated to the 2013 targets of
 * {@link CalibrationTargets#targets2013()} ({@link FreeParameters#history2013()}); everything else (the other
 * behavioural values, the household economy relative to the poverty line, the other destinations' wages and costs
 * in their own currencies and dollars) keeps its present-day value, an assumption. It has no shocks: the rules of
 * 2013 hold throughout, and the episodes (the 2015 entry rules, bans, the 2020 closure) are the backcasting
 * scenarios' shocks. Exchange rates, wages, prices, Russia's patent fee and GDP follow their recorded paths
 * (inputs, never outcomes).
 *
 * <p>Sources: {@code data:KEY} is a series in {@code data/tajikistan-calibration.json} (the project's copy of the
 * figures).
 * <ul>
 * <li>Households: data:population_wdi 2013 (8,216,724 persons) over data:avg_household_size_2010_census (6.3).
 * <li>Regions: data:regional_population 2010 (census), nearer 2013 than the 2020 figures the present day uses.
 * <li>Poverty lines: data:poverty_line_tjs_per_month 2013/14, 145 and 104 TJS, as reported (the present-day
 * scenario uprates them by the somoni's fall, 10.8 / 4.8).
 * <li>Local wage and non-labour income: the present-day values deflated by the same proxy the present day uses
 * for prices, the somoni per dollar (data:exchange_rate_tjs_per_usd: 4.8 in 2013, 11.0 in 2022 for the 2022 wage,
 * 10.8 in 2023 for non-labour income); assumption, as data/ has no price index.
 * <li>Russia's wages and living cost: data:migrant_wages_russia 2017 (27,900 RUB) taken back to 2013 by Russia's
 * average nominal wage, 29,792 RUB in 2013 against 39,167 in 2017 (Rosstat; not in data/, assumption); the
 * present-day values are 2017 wages times 1.9, so the 2013 values are the present-day ones times
 * (29,792 / 39,167) / 1.9.
 * <li>Russia's patent: the present day's recorded path ({@link org.muhojir.core.scenario.PatentFee#moscow()}):
 * before the 2015 reform 1,200 RUB a month, the base rate of data:patent_fee_formula without the later deflator and
 * regional coefficient (assumption), then Moscow's fee by the legal formula.
 * <li>Other destinations: wages taken back from 2023 by their own recorded wage indices (Kazakhstan's average wage,
 * Turkey's and Korea's minimum wages), living costs kept at their 2023 dollar values; every exchange rate follows its
 * recorded path.
 * <li>Russia's entry exam: none before September 2014 (data:policy_events 2014-09-01), so no Russian exam and a
 * pass rate of 1.
 * <li>The UK's seasonal-worker route: no places for Tajik workers in 2013 (assumption: the route opened to them
 * years later; not in data/), so its quota is 0.
 * <li>Calibrated to the 2013 targets by simulated method of moments (docs/calibration.md, section 6: CMA-ES, 1%
 * sample, seed 20130101, 4 replications, 1,000 evaluations), from the present-day values: the share of households
 * with a member abroad at the start (mean 0.564 over regions; the regional pattern is the present day's, an
 * assumption), the consider rate (0.0670 a month, re-fitted after the warm-up), the probability that the candidate is a woman (0.100) and
 * the return hazard (0.0661 a month, re-fitted after the warm-up). The 2013 poverty targets are reported, not fitted (section 6 says why), so the
 * household economy keeps its present-day values relative to the poverty line.
 * </ul>
 */
public final class Scenarios2013 {
    /** First simulated month. */
    public static final YearMonth START = YearMonth.of(2013, 1);
    /** Ten simulated years, as the present-day baseline. */
    public static final int MONTHS = 120;

    /** data:population_wdi 2013, persons. */
    static final double POPULATION_2013 = 8_216_724;
    /** data:avg_household_size_2010_census, persons per household. */
    static final double HOUSEHOLD_SIZE = 6.3;
    /** data:exchange_rate_tjs_per_usd, somoni per dollar. */
    static final double TJS_2013 = 4.8;
    static final double TJS_2022 = 11.0;
    static final double TJS_2023 = 10.8;
    /** Russia's average nominal monthly wage, RUB (Rosstat; not in data/). */
    static final double RUSSIA_WAGE_2013 = 29_792;
    static final double RUSSIA_WAGE_2017 = 39_167;
    /** The factor {@code TajikistanDefaults} applies to 2017 migrant wages in Russia to reach 2023. */
    static final double RUSSIA_WAGE_2017_TO_2023 = 1.9;
    /**
     * Share of households with a member abroad at the start, by region (Dushanbe, Sughd, Khatlon, DRS, GBAO):
     * calibrated to the 2013 targets, mean 0.564 (docs/calibration.md, section 6); the present day's regional
     * pattern (0.135, 0.315, 0.377, 0.360, 0.315) scaled to that mean, rounded (assumption).
     */
    static final List<Double> INITIAL_ABROAD_SHARE_2013 = List.of(0.254, 0.591, 0.709, 0.676, 0.591);
    /**
     * Monthly probability of considering migration in 2013: calibrated to data:departures_abroad_mol_baseline 2011
     * (735,031 departures) with the other 2013 targets (docs/calibration.md, section 6).
     */
    static final double CONSIDER_RATE_2013 = 0.06700;
    /**
     * Probability that the candidate is a woman in 2013: calibrated to data:male_share_of_departures 2011 (0.889)
     * with the other 2013 targets (docs/calibration.md, section 6).
     */
    static final double FEMALE_CANDIDATE_SHARE_2013 = 0.100;
    /**
     * Monthly probability of returning home by choice in 2013: calibrated to data:return_flows_mol 2011 (572,728
     * returns over 735,031 departures) and data:migrant_stock_russia 2013 with the other 2013 targets
     * (docs/calibration.md, section 6).
     */
    static final double RETURN_HAZARD_2013 = 0.06614;

    /**
     * What a reader of the scenario is told (in {@code muhojir list}, reports and the bundled file generated from
     * this class); each figure in it is a data: value, a calibrated value or an assumption sourced above.
     */
    static final String DESCRIPTION =
            "Tajikistan from January 2013, before the 2014 rouble collapse, with the rules of 2013 "
            + "throughout, recorded exchange rates, wages, prices, patent fees and GDP, and no shocks: the "
            + "starting point from which the backcasting episodes (scenarios/episodes/) replay history. It is the same scenario "
            + "as the core model's Scenarios2013.baseline(). Households: data population_wdi 2013 over 6.3 "
            + "persons per household; regions: the 2010 census (data regional_population); poverty lines "
            + "145 and 104 TJS (data poverty_line_tjs_per_month 2013/14); the local wage and non-labour "
            + "income are the present-day values deflated by the somoni per dollar (4.8 in 2013 against "
            + "11.0 and 10.8), an assumption; Russia's wages and living cost are the present-day values "
            + "times (29,792 / 39,167) / 1.9 (Rosstat average wages 2013 and 2017, an assumption); Russia's "
            + "patent costs 1,200 RUB a month before 2015 (the base rate of data patent_fee_formula, an assumption), "
            + "then Moscow's fee by the legal formula (data rus_patent_price_moscow); other destinations' wages are "
            + "taken back from 2023 by their recorded wage indices and their living costs keep their 2023 dollar "
            + "values; "
            + "there is no Russian exam before September 2014 (data policy_events); the UK has no seasonal "
            + "places for Tajik workers (assumption). Calibrated to the 2013 targets (docs/calibration.md, "
            + "section 6: remittances, migrants in Russia, departures, men's share of departures and "
            + "returns over departures, all met): the share of households with a member abroad at the start "
            + "(mean 0.564; the present day's regional pattern, an assumption), the consider rate (0.0670 a "
            + "month), the chance that the candidate is a woman (0.100) and the return hazard (0.0661 a "
            + "month). The 2013 poverty figures (35.6%, old national series) are reported, not fitted: with "
            + "2013's remittances the model cannot reach them at a defensible local income, so poverty here "
            + "is far too low (about 14%). Everything else, including the household economy relative to the "
            + "poverty line and the other behavioural values, keeps its present-day value, an assumption. "
            + "See docs/calibration.md, sections 3 and 6.";

    private Scenarios2013() {
    }

    /** The 2013 baseline at full scale (about 1.3 million households), 2013-01 to 2022-12, no shocks. */
    public static Scenario baseline() {
        Scenario present = TajikistanDefaults.baseline();
        Scenario s = new Scenario("baseline-2013", DESCRIPTION, START, MONTHS, present.warmUpMonths(), null,
                population(present.population()), economy(present.economy()), behaviour(present.behaviour()),
                present.macro(), present.destinations(), List.of());
        for (DestinationSpec d : present.destinations()) {
            if (d.destination() != Destination.RUSSIA) {
                s = s.withDestination(backTo2013(d));
            }
        }
        return s.withDestination(russia(present.destination(Destination.RUSSIA)))
                .withDestination(uk(s.destination(Destination.UK)));
    }

    static PopulationSpec population(PopulationSpec p) {
        int households = (int) Math.round(POPULATION_2013 / HOUSEHOLD_SIZE);
        // data:regional_population 2010 (census), in Region order Dushanbe, Sughd, Khatlon, DRS, GBAO
        double[] persons = {724_000, 2_233_000, 2_677_000, 1_722_000, 206_000};
        double total = 0;
        for (double v : persons) {
            total += v;
        }
        for (int i = 0; i < persons.length; i++) {
            persons[i] /= total;
        }
        return new PopulationSpec(households, p.sampleFraction(), NumberLists.of(persons), p.urbanShare(),
                p.meanSizeUrban(), p.meanSizeRural(), p.workingAgeShare(), p.skillShare(), p.russianLevelShare(),
                INITIAL_ABROAD_SHARE_2013, p.initialDestinationShare(), p.initialIrregularShare(),
                p.extraTieShare(), p.initialSecondAbroadShare());
    }

    /** The present-day behaviour with the three values calibrated to 2013 (see the constants). */
    static Behaviour behaviour(Behaviour b) {
        return ScenarioEdits.behaviour(b, CONSIDER_RATE_2013, FEMALE_CANDIDATE_SHARE_2013, b.utility(),
                RETURN_HAZARD_2013, b.remittanceShare());
    }

    static HouseholdEconomy economy(HouseholdEconomy e) {
        return new HouseholdEconomy(e.localWage() * TJS_2013 / TJS_2022, e.regionWageFactor(), e.ruralWageFactor(),
                e.participationMen(), e.participationWomen(), e.nonLabourIncome() * TJS_2013 / TJS_2023,
                e.incomeDispersion(), e.initialSavingsMonths(), e.creditMonths(), e.debtInterestMonthly(),
                e.debtRepaymentShare(), e.savingRate(), e.savingsDrawShare(), e.savingsBufferMonths(),
                e.wealthSpendRate(),
                145, 104, // data:poverty_line_tjs_per_month 2013/14
                e.adultEquivalentOther(), e.adultEquivalentChild());
    }

    /** Russia's wage level in 2013 relative to the present-day scenario's. */
    static double russiaWageFactor() {
        return RUSSIA_WAGE_2013 / RUSSIA_WAGE_2017 / RUSSIA_WAGE_2017_TO_2023;
    }

    static DestinationSpec russia(DestinationSpec r) {
        double f = russiaWageFactor();
        DestinationSpec.Entry e = r.entry();
        // no Russian exam before 2014-09 (data:policy_events): every candidate passes
        DestinationSpec.Entry noExam = new DestinationSpec.Entry(e.route(), e.annualQuota(), e.refusalRate(),
                e.lotteryWinRate(), 1.0, false, e.skilledOnly(), e.maxStayMonths());
        DestinationSpec.Labour l = r.labour();
        List<Double> wages = l.wageBySkill().stream().map(w -> w * f).toList();
        DestinationSpec.Labour labour = new DestinationSpec.Labour(wages, l.livingCost() * f, l.employmentRate(),
                l.irregularWageShare(), l.irregularEmploymentShare(), l.wageIndex(), l.priceIndex(),
                l.labourDemand(), l.demandElasticity());
        return new DestinationSpec(Destination.RUSSIA, noExam, r.costs(), labour, r.enforcement(), r.localPerUsd(),
                r.transferFeeRate(), r.naturalisationHazard(), r.utilityConstant());
    }

    /**
     * A destination other than Russia in 2013: its wages taken back from 2023 by its own recorded wage index, its
     * living cost kept at its 2023 value in dollars (no price series in the data), both at its recorded exchange rate.
     */
    static DestinationSpec backTo2013(DestinationSpec d) {
        DestinationSpec.Labour l = d.labour();
        double wages = l.wageIndex().yearMean(START) / l.wageIndex().yearMean(TajikistanDefaults.START);
        double prices = d.localPerUsd().yearMean(START) / d.localPerUsd().yearMean(TajikistanDefaults.START);
        return d.withLabour(new DestinationSpec.Labour(l.wageBySkill().stream().map(w -> w * wages).toList(),
                l.livingCost() * prices, l.employmentRate(), l.irregularWageShare(), l.irregularEmploymentShare(),
                l.wageIndex(), l.priceIndex(), l.labourDemand(), l.demandElasticity()));
    }

    static DestinationSpec uk(DestinationSpec u) {
        return u.withEntry(u.entry().withQuota(0));
    }
}
