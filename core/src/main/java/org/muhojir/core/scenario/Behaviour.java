package org.muhojir.core.scenario;

import java.util.List;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Index;
import org.muhojir.core.param.Param;
import org.muhojir.core.param.Problems;
import org.muhojir.core.param.RecordRules;
import org.muhojir.core.param.Total;

/**
 * Parameters of the behavioural rules: who considers leaving and when, how destinations are valued, how risk is
 * perceived, when migrants come home, and how much they send.
 *
 * @param considerRate          monthly probability that a household with a member free to go considers migration,
 *                              averaged over the year (0..1)
 * @param departureSeasonality  relative weight of each calendar month (January first) in considering; averages 1
 * @param considerConcentration how much considering migration concentrates in the "migrant households" (0..1,
 *                              exclusive of 1): the other households consider at {@code 1 - this} times
 *                              {@code considerRate}, the migrant households at the rate that keeps the mean at
 *                              {@code considerRate} ({@link org.muhojir.core.population.ConsiderPropensity}); 0 for
 *                              none
 * @param femaleCandidateShare  probability that the candidate is a woman when both men and women are at home
 * @param utility               weights of the random-utility (nested logit) destination choice
 * @param riskLagMonths         months before a destination's deportation rate reaches villages at home
 * @param riskAdjustment        share of the gap between reported and perceived risk closed each month (0..1)
 * @param returnHazard          monthly probability of returning home by choice, before seasonality (0..1)
 * @param returnSeasonality     relative weight of each calendar month in returning; averages 1
 * @param returnDurationProfile multiplier of the return hazard by months abroad: 1-3, 4-6, 7-12, 13 or more
 * @param returnEarningsElasticity elasticity of the return hazard to the migrant's earnings ratio (expected real net
 *                              earnings abroad over expected earnings at home); the hazard falls as the ratio rises
 * @param returnReferenceRatio  earnings ratio at which the hazard is {@code returnHazard} (a normalisation)
 * @param careReturnFactor      multiplier of the return hazard when no working-age member is left at home
 * @param remittanceShare       share of earnings after living costs and fees sent home (0..1)
 * @param needRemittanceShare   extra share sent when the household was below the poverty line last month (0..1)
 * @param naturalisedRemittanceFactor remittances of a naturalised migrant relative to others (0..1)
 * @param russianExamFit        factor on a Russian-language exam's pass rate for Russian levels 0 to 3 (0..1 each)
 * @param circulation           repeat migration and settled migrants
 */
public record Behaviour(
        @Param(doc = "Monthly probability that a household with a member free to go considers migration, averaged over "
                + "the year.", unit = "probability per month", min = 0, max = 1,
                source = "calibrated to data:departures_abroad_mol_baseline (652,014 in 2023)")
        double considerRate,
        @Param(doc = "Relative weight of each calendar month (January first) in considering migration; the 12 weights "
                + "average 1.", unit = "weight", min = 0, by = Index.CALENDAR_MONTH, total = Total.MEAN_ONE,
                source = "data:departures_seasonality (52% of departures by the end of May); the split within "
                + "periods is an assumption")
        List<Double> departureSeasonality,
        @Param(doc = "How much considering migration concentrates in the persistent \"migrant households\" (a share "
                + "of 35% of households, drawn once when the population is built): the other households consider at "
                + "(1 - this) times considerRate, the migrant households at the rate that keeps the mean over all "
                + "households at considerRate; 0 gives every household the same rate.",
                unit = "share (0 to below 1)", min = 0, max = 0.99,
                source = "calibrated in the joint fit on the history 2013-2023 of 2026-12-05, identified by "
                + "data:households_with_migrant_share (c.2019) against the stock abroad, and held at that value since "
                + "urban and rural poverty are fitted (docs/calibration.md, section 6). The mechanism: unobserved, persistent differences between households in the "
                + "propensity to migrate (movers and stayers), which migration networks and cumulative causation "
                + "make lasting (Massey, 1990, Population Index 56(1); Massey et al., 1993, Population and "
                + "Development Review 19(3))")
        double considerConcentration,
        @Param(doc = "Probability that the candidate is a woman when both men and women are at home.",
                unit = "probability", min = 0, max = 1,
                source = "calibrated to data:male_share_of_departures 2023 (0.851)")
        double femaleCandidateShare,
        @Param(doc = "Weights of the random-utility (nested logit) destination choice.")
        UtilityWeights utility,
        @Param(doc = "Months before a destination's deportation rate is felt in villages at home.", unit = "months",
                min = 0, max = 24)
        int riskLagMonths,
        @Param(doc = "Share of the gap between reported and perceived risk closed each month.",
                unit = "share per month", min = 0, max = 1)
        double riskAdjustment,
        @Param(doc = "Monthly probability of returning home by choice, before seasonality.",
                unit = "probability per month", min = 0, max = 1,
                source = "calibrated to data:return_flows_mol 2023 (590,710 returns)")
        double returnHazard,
        @Param(doc = "Relative weight of each calendar month in returning; the 12 weights average 1.",
                unit = "weight", min = 0, by = Index.CALENDAR_MONTH, total = Total.MEAN_ONE)
        List<Double> returnSeasonality,
        @Param(doc = "Multiplier of the return hazard by months abroad: 1-3, 4-6, 7-12, 13 or more.",
                unit = "factor", min = 0, max = 20, by = Index.SPELL_BAND,
                source = "fitted to data:spell_duration_months (IOM 2023 returnees; docs/calibration.md, section 6)")
        List<Double> returnDurationProfile,
        @Param(doc = "Elasticity of the return hazard to the earnings ratio (expected net earnings abroad over expected "
                + "earnings at home, both in somoni at home prices): the hazard is multiplied by (ratio / "
                + "returnReferenceRatio) to the power minus this value.", unit = "elasticity", min = 0, max = 5,
                source = "Yang (2006, Review of Economics and Statistics 88(4)): a 10% better exchange rate cuts the "
                + "12-month return rate by 1.4 points; converted at this model's hazards in docs/ODD.md, 7.2.1")
        double returnEarningsElasticity,
        @Param(doc = "Earnings ratio at which the return hazard is returnHazard; a normalisation that keeps "
                + "returnHazard on the scale of a typical migrant.", unit = "ratio", min = 0, minExclusive = true,
                max = 100, source = "the 2023 baseline's typical ratio (a man in Russia, legal, unskilled, from rural "
                + "Khatlon; docs/ODD.md, 7.2.1)")
        double returnReferenceRatio,
        @Param(doc = "Multiplier of the return hazard when no working-age member is left at home.", unit = "factor",
                min = 0, max = 100)
        double careReturnFactor,
        @Param(doc = "Share of earnings after living costs and fees sent home.", unit = "share", min = 0, max = 1,
                source = "assumption: no share reaches data:remittances_usd_wdi 2023 with the wage assumptions (see "
                + "docs/calibration.md)")
        double remittanceShare,
        @Param(doc = "Extra share sent when the household was below the poverty line last month; with "
                + "remittanceShare at most 1.", unit = "share", min = 0, max = 1)
        double needRemittanceShare,
        @Param(doc = "Remittances of a naturalised migrant relative to others.", unit = "factor", min = 0, max = 1)
        double naturalisedRemittanceFactor,
        @Param(doc = "Factor on a Russian-language exam's pass rate for Russian levels 0 to 3.", unit = "factor",
                min = 0, max = 1, by = Index.RUSSIAN_LEVEL)
        List<Double> russianExamFit,
        @Param(doc = "Repeat migration of returnees and the behaviour of settled (naturalised) migrants.")
        Circulation circulation) implements java.io.Serializable, RecordRules {

    /**
     * Copies the lists, keeping null elements so that validation reports them with their paths; the values are
     * checked when a {@link Scenario} holding them is built.
     */
    public Behaviour {
        departureSeasonality = NumberLists.copy(departureSeasonality);
        returnSeasonality = NumberLists.copy(returnSeasonality);
        returnDurationProfile = NumberLists.copy(returnDurationProfile);
        russianExamFit = NumberLists.copy(russianExamFit);
    }

    /**
     * Weights of the destination choice. The systematic utility of destination d for a candidate is
     * {@code constant_d + income * netEarningsK - cost * costShare - risk * deportationPct * (1 + banMonths / 12)
     * + network * ln(1 + networkPct) + tie * hasTie + russian * russianLevel * usesRussian}; the destinations form a
     * nest worth {@code nest * ln(sum of exp(V_d))} against staying's {@code home + nest * income * localEarningsK}
     * (a nested logit; {@code nest} 1 is the multinomial logit over staying and every destination). Units:
     * netEarningsK and localEarningsK in thousands of TJS per month at the prices of the price base year
     * ({@link Macro#priceBaseYear()}: the month's somoni over Tajik prices), costShare the journey's cost over what the
     * household can raise, deportationPct the perceived monthly deportation probability in per cent, weighted up by
     * the years of re-entry ban a deportation brings, networkPct the region's households with a member there in per
     * cent.
     *
     * @param income  utils per thousand TJS a month of expected earnings, at the price base year's prices
     * @param cost    utils per unit of cost over capacity
     * @param risk    utils per percentage point of monthly deportation risk
     * @param network utils per unit of ln(1 + per-cent network)
     * @param tie     utils of having kin or a member at the destination
     * @param russian utils per level of Russian where the language is Russian
     * @param home    utils of staying at home over leaving, before earnings (the cost of leaving)
     * @param nest    the nested logit's dissimilarity parameter of the nest of destinations, 0 to 1 (1: multinomial)
     */
    public record UtilityWeights(
            @Param(doc = "Utils per thousand TJS a month of expected net earnings, at the prices of the price base "
                    + "year (macro.priceBaseYear: each month's somoni deflated by Tajik prices), so that the "
                    + "response to real earnings is the same in every year of a run.",
                    unit = "utils per thousand TJS a month at base-year prices", min = 0, max = 100,
                    source = "calibrated on the history 2010-2023, where the rouble's fall and the dollar pay of 2010-2013 identify it "
                    + "(docs/calibration.md, section 6)")
            double income,
            @Param(doc = "Utils per unit of journey cost over what the household can raise.", unit = "utils",
                    min = 0, max = 100)
            double cost,
            @Param(doc = "Utils per percentage point of perceived monthly deportation risk.",
                    unit = "utils per percentage point", min = 0, max = 100)
            double risk,
            @Param(doc = "Utils per unit of ln(1 + per-cent of the region's households with a member there).",
                    unit = "utils", min = 0, max = 100)
            double network,
            @Param(doc = "Utils of having kin or a member at the destination.", unit = "utils", min = -100, max = 100)
            double tie,
            @Param(doc = "Utils per level of Russian where the language is Russian.", unit = "utils per level",
                    min = -100, max = 100)
            double russian,
            @Param(doc = "Utils of staying at home, on top of its earnings: the psychic and social cost of leaving "
                    + "family and village (Sjaastad, 1962, Journal of Political Economy 70(5), part 2), a moving "
                    + "cost in the sense of Kennan and Walker (2011, Econometrica 79(1)). It sets how many of those "
                    + "who consider leaving stay, and so how strongly departures answer expected earnings abroad: "
                    + "with it low and the nest near 1 nearly every candidate who considers leaving goes, whatever a "
                    + "destination pays.",
                    unit = "utils", min = -100, max = 100,
                    source = "calibrated: free in the joint fit on the history 2010-2023, with the nest "
                    + "(docs/calibration.md, section 6)")
            double home,
            @Param(doc = "The nested logit's dissimilarity parameter for the nest of destinations (McFadden, 1978; "
                    + "Ortega and Peri, 2013, Migration Studies 1(1), choose whether to emigrate, then where): the "
                    + "decision to leave answers the destinations' inclusive value (the log-sum of their utilities) "
                    + "and local earnings at this fraction of the scale at which the destinations compete with each "
                    + "other. 1 is the multinomial logit over staying and every destination; below 1 the choice "
                    + "between destinations answers pay more strongly than the choice whether to go.",
                    unit = "factor (0..1]", min = 0.01, max = 1,
                    source = "calibrated: free in the joint fit on the history 2010-2023, where departures of every "
                    + "calibration year against Russia's pay identify it with the utility of home and the consider "
                    + "rate (docs/calibration.md, section 6)")
            double nest) implements java.io.Serializable {

        /** These weights as a multinomial logit (nest 1). */
        public UtilityWeights(double income, double cost, double risk, double network, double tie, double russian,
                double home) {
            this(income, cost, risk, network, tie, russian, home, 1);
        }

        /** These weights with another income weight, utils per thousand TJS a month at base-year prices. */
        public UtilityWeights withIncome(double value) {
            return new UtilityWeights(value, cost, risk, network, tie, russian, home, nest);
        }

        /** These weights with another utility of staying at home, utils. */
        public UtilityWeights withHome(double value) {
            return new UtilityWeights(income, cost, risk, network, tie, russian, value, nest);
        }

        /** These weights with another dissimilarity parameter of the nest of destinations (0..1]. */
        public UtilityWeights withNest(double value) {
            return new UtilityWeights(income, cost, risk, network, tie, russian, home, value);
        }
    }

    /** This behaviour with another {@link Circulation}. */
    public Behaviour withCirculation(Circulation c) {
        return new Behaviour(considerRate, departureSeasonality, considerConcentration, femaleCandidateShare, utility,
                riskLagMonths,
                riskAdjustment, returnHazard, returnSeasonality, returnDurationProfile, returnEarningsElasticity,
                returnReferenceRatio, careReturnFactor, remittanceShare, needRemittanceShare,
                naturalisedRemittanceFactor, russianExamFit, c);
    }

    /**
     * Circular and repeat migration, and settled migrants. A household whose member has come home from a spell
     * abroad recently ({@code Households.lastReturn}) considers leaving again more often and
     * values the destination of its last spell more; a legal migrant can naturalise after some months abroad; a
     * naturalised member goes home rarely and sends home a share that declines with the years since naturalisation.
     *
     * @param returneeConsiderFactor multiplier of {@code considerRate} for a household with a recent returnee (1 or
     *                               more)
     * @param returneeMonths         months after a member's return that the household counts as a returnee one
     * @param naturalisationMonths   months abroad before a legal migrant can become a citizen of the destination
     * @param lastDestinationUtility utils of the destination of the household's last spell, on top of {@code tie}
     * @param settledReturnFactor    multiplier of the return hazard for a naturalised member (0..1)
     * @param settledRemittanceDecay share by which a naturalised member's remittances fall each year settled (0..1)
     * @param reopeningReturnMonths  months over which the migrants a border closure held up come home once it reopens
     *                               (1 or more; 1: all in the month it reopens)
     */
    public record Circulation(
            @Param(doc = "Multiplier of considerRate for a household whose member came home from a spell abroad "
                    + "fewer than returneeMonths months ago (a recent returnee).", unit = "factor", min = 1, max = 10,
                    source = "assumption: 1, neutral until a joint calibration with evidence on repeat trips sets it "
                    + "(returnees know the way, the costs and employers, so they may leave again more readily: "
                    + "Constant and Zimmermann, 2011, Population Research and Policy Review 30(4), on repeat and "
                    + "circular migration; Massey, 1990, Population Index 56(1), on cumulative causation); no figure "
                    + "in data/ (docs/ODD.md, 7.5.1)")
            double returneeConsiderFactor,
            @Param(doc = "Months after a member's return during which the household considers leaving at "
                    + "returneeConsiderFactor times the rate.", unit = "months", min = 0, max = 600,
                    source = "assumption: a year, the next season of the corridor's circulation (departures in spring, "
                    + "returns before winter: data:departures_seasonality); no figure in data/")
            int returneeMonths,
            @Param(doc = "Months abroad before a legal migrant can become a citizen of the destination (each month "
                    + "after, with the destination's naturalisationHazard).", unit = "months", min = 0, max = 600,
                    source = "assumption: a year, so that citizenship acquisitions can reach the order of "
                    + "data:russian_citizenship_granted_to_tajiks (29,000 to 44,700 a year in 2017-2019) with the "
                    + "spells the model keeps abroad; with three years (the value before) too few legal migrants "
                    + "stay that long for more than about 18,000 a year even at a hazard of 1 (docs/ODD.md, 7.2.4)")
            int naturalisationMonths,
            @Param(doc = "Utils of the destination of the household's last completed spell, on top of tie.",
                    unit = "utils", min = -100, max = 100,
                    source = "assumption: a returnee goes back where they worked (same studies); no figure in data/")
            double lastDestinationUtility,
            @Param(doc = "Multiplier of the return hazard for a naturalised member (who holds the destination's "
                    + "citizenship).", unit = "factor", min = 0, max = 1,
                    source = "assumption: new citizens have settled and return rarely")
            double settledReturnFactor,
            @Param(doc = "Share by which a naturalised member's remittances fall each year since naturalisation: "
                    + "naturalisedRemittanceFactor x (1 - this)^years.", unit = "share per year", min = 0, max = 1,
                    source = "assumption for the rate; the decline is the remittance-decay hypothesis (Stark, 1978; "
                    + "Lucas and Stark, 1985, Journal of Political Economy 93(5); Grieco, 2004, International Journal "
                    + "on Multicultural Societies 6(2))")
            double settledRemittanceDecay,
            @Param(doc = "Months over which the returns a border closure held up are made once the border reopens: "
                    + "each month of them a stranded migrant comes home with the chance of the closed months to the "
                    + "power 1 / reopeningReturnMonths, so that over them the chance is the closed months' own "
                    + "(1: all in the month it reopens).", unit = "months", min = 1, max = 60,
                    source = "assumption: six months, from the reopening of regular flights to Russia (2021-04-01, "
                    + "data:policy_events) until fares had fallen and the queues at ticket offices were gone "
                    + "(data:air_ticket_cost 2021-09): a border reopens to the seats there are, so those held up "
                    + "cannot all come home in its first month")
            int reopeningReturnMonths) implements java.io.Serializable {

        /** A naturalised member's remittances relative to those of others after {@code monthsSettled} months. */
        public double settledRemittanceFactor(double naturalisedFactor, int monthsSettled) {
            return naturalisedFactor * Math.pow(1 - settledRemittanceDecay, Math.max(0, monthsSettled) / 12.0);
        }
    }

    @Override
    public void checkRules(Problems p, FieldPath at) {
        if (remittanceShare + needRemittanceShare > 1) {
            p.add(at.field("needRemittanceShare"), "remittanceShare + needRemittanceShare must not exceed 1, was "
                    + (remittanceShare + needRemittanceShare));
        }
    }
}
