package org.muhojir.core.scenario;

import java.util.List;

/**
 * Parameters of the behavioural rules: who considers leaving and when, how destinations are valued, how risk is
 * perceived, when migrants come home, and how much they send.
 *
 * @param considerRate          monthly probability that a household with a member free to go considers migration,
 *                              averaged over the year (0..1)
 * @param departureSeasonality  relative weight of each calendar month (January first) in considering; averages 1
 * @param femaleCandidateShare  probability that the candidate is a woman when both men and women are at home
 * @param utility               weights of the random-utility (multinomial logit) destination choice
 * @param riskLagMonths         months before a destination's deportation rate reaches villages at home
 * @param riskAdjustment        share of the gap between reported and perceived risk closed each month (0..1)
 * @param returnHazard          monthly probability of returning home by choice, before seasonality (0..1)
 * @param returnSeasonality     relative weight of each calendar month in returning; averages 1
 * @param savingsTargetUsd      savings abroad, US dollars, at which a migrant goes home
 * @param careReturnFactor      multiplier of the return hazard when no working-age member is left at home
 * @param remittanceShare       share of earnings after living costs and fees sent home (0..1)
 * @param needRemittanceShare   extra share sent when the household was below the poverty line last month (0..1)
 * @param naturalisedRemittanceFactor remittances of a naturalised migrant relative to others (0..1)
 * @param russianExamFit        factor on a Russian-language exam's pass rate for Russian levels 0 to 3 (0..1 each)
 */
public record Behaviour(
        double considerRate,
        List<Double> departureSeasonality,
        double femaleCandidateShare,
        UtilityWeights utility,
        int riskLagMonths,
        double riskAdjustment,
        double returnHazard,
        List<Double> returnSeasonality,
        double savingsTargetUsd,
        double careReturnFactor,
        double remittanceShare,
        double needRemittanceShare,
        double naturalisedRemittanceFactor,
        List<Double> russianExamFit) implements java.io.Serializable {

    public Behaviour {
        departureSeasonality = Lists.copy(departureSeasonality);
        returnSeasonality = Lists.copy(returnSeasonality);
        russianExamFit = Lists.copy(russianExamFit);
    }

    /**
     * Weights of the destination choice. The systematic utility of destination d for a candidate is
     * {@code constant_d + income * netEarningsK - cost * costShare - risk * deportationPct * (1 + banMonths / 12)
     * + network * ln(1 + networkPct) + tie * hasTie + russian * russianLevel * usesRussian}; staying has
     * {@code income * localEarningsK}. Units: netEarningsK and localEarningsK in thousands of TJS per month,
     * costShare the journey's cost over what the household can raise, deportationPct the perceived monthly
     * deportation probability in per cent, weighted up by the years of re-entry ban a deportation brings,
     * networkPct the region's households with a member there in per cent.
     *
     * @param income  utils per thousand TJS a month of expected earnings
     * @param cost    utils per unit of cost over capacity
     * @param risk    utils per percentage point of monthly deportation risk
     * @param network utils per unit of ln(1 + per-cent network)
     * @param tie     utils of having kin or a member at the destination
     * @param russian utils per level of Russian where the language is Russian
     */
    public record UtilityWeights(double income, double cost, double risk, double network, double tie,
                                 double russian) implements java.io.Serializable {
        void validate(Problems p, String path) {
            p.range(path + ".income", income, 0, 100);
            p.range(path + ".cost", cost, 0, 100);
            p.range(path + ".risk", risk, 0, 100);
            p.range(path + ".network", network, 0, 100);
            p.range(path + ".tie", tie, -100, 100);
            p.range(path + ".russian", russian, -100, 100);
        }
    }

    void validate(Problems p, String path) {
        p.probability(path + ".considerRate", considerRate);
        Lists.profile(p, path + ".departureSeasonality", departureSeasonality, 12);
        p.probability(path + ".femaleCandidateShare", femaleCandidateShare);
        if (p.present(path + ".utility", utility)) {
            utility.validate(p, path + ".utility");
        }
        p.range(path + ".riskLagMonths", riskLagMonths, 0, 24);
        p.probability(path + ".riskAdjustment", riskAdjustment);
        p.probability(path + ".returnHazard", returnHazard);
        Lists.profile(p, path + ".returnSeasonality", returnSeasonality, 12);
        p.positive(path + ".savingsTargetUsd", savingsTargetUsd);
        p.range(path + ".careReturnFactor", careReturnFactor, 0, 100);
        p.probability(path + ".remittanceShare", remittanceShare);
        p.probability(path + ".needRemittanceShare", needRemittanceShare);
        if (remittanceShare + needRemittanceShare > 1) {
            p.add(path + ".needRemittanceShare", "remittanceShare + needRemittanceShare must not exceed 1, was "
                    + (remittanceShare + needRemittanceShare));
        }
        p.probability(path + ".naturalisedRemittanceFactor", naturalisedRemittanceFactor);
        Lists.shares(p, path + ".russianExamFit", russianExamFit, PopulationSpec.RUSSIAN_LEVELS);
    }
}
