package org.muhojir.core.scenario;

import java.util.List;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Index;
import org.muhojir.core.param.Param;
import org.muhojir.core.param.Problems;
import org.muhojir.core.param.RecordRules;
import org.muhojir.core.world.Region;

/**
 * The household's economy at home: local income, saving and borrowing, and the poverty lines. Money is in
 * somoni (TJS) per month.
 *
 * @param localWage             monthly earnings of an employed working-age person at home, TJS per month
 * @param regionWageFactor      local wages in each region relative to {@code localWage} (by {@link Region})
 * @param ruralWageFactor       rural wages relative to urban ones in the same region
 * @param participationMen      share of working-age men at home who have local work (0..1)
 * @param participationWomen    share of working-age women at home who have local work (0..1)
 * @param nonLabourIncome       farm produce, pensions and transfers, TJS per person per month (a rural household's)
 * @param urbanNonLabourIncomeFactor an urban household's non-labour income per person relative to a rural one's
 * @param incomeDispersion      standard deviation of the log of a household's earnings multiplier
 * @param initialSavingsMonths  mean savings at the start, in months of the household's local income
 * @param creditMonths          how much a household can borrow for a journey, in months of local income
 * @param debtInterestMonthly   monthly interest on debt (0..1)
 * @param debtRepaymentShare    share of the month's cash (income at home and remittances) above the household's
 *                              poverty-line budget used to repay debt (0..1)
 * @param savingRate            share of the month's cash above the poverty-line budget, after repayment, saved
 *                              (0..1)
 * @param savingsDrawShare      share of the gap to the poverty line that a household covers from savings (0..1)
 * @param savingsBufferMonths   savings a household keeps as a buffer, in months of its poverty-line budget (the
 *                              poverty line times its adult equivalents at home)
 * @param wealthSpendRate       share of savings above the buffer spent each month on houses, ceremonies and
 *                              durables, which poverty's consumption leaves out (0..1)
 * @param povertyLine           national poverty line, TJS per adult equivalent per month
 * @param extremePovertyLine    national extreme poverty line, TJS per adult equivalent per month
 * @param oldMethodologyPovertyLine national poverty line of the old methodology (TajStat's series to 2019), TJS per
 *                              adult equivalent per month: poverty on it is reported beside the headline measure
 * @param adultEquivalentOther  weight of each working-age member after the first in the adult-equivalent scale
 * @param adultEquivalentChild  weight of each dependant in the adult-equivalent scale
 */
public record HouseholdEconomy(
        @Param(doc = "Monthly earnings of an employed working-age person at home.", unit = "TJS per month", min = 0,
                minExclusive = true, source = "data:avg_wage_tajikistan 2022 (1,730.12), stated at the price base "
                        + "year by macro.homeIncomes")
        double localWage,
        @Param(doc = "Local wages in each region relative to localWage.", unit = "factor", min = 0,
                minExclusive = true, by = Index.REGION)
        List<Double> regionWageFactor,
        @Param(doc = "Rural wages relative to urban ones in the same region.", unit = "factor", min = 0,
                minExclusive = true, source = "calibrated to urban and rural poverty: "
                + "data:poverty_national_rate_to_2019 2013 (its note, urban 29% and rural 40%) and "
                + "data:poverty_urban_rural_tajstat_sdg 2018-2019")
        double ruralWageFactor,
        @Param(doc = "Share of working-age men at home who have local work.", unit = "share", min = 0, max = 1,
                source = "data:labour_force_participation 2022 (40% overall, 21% women)")
        double participationMen,
        @Param(doc = "Share of working-age women at home who have local work.", unit = "share", min = 0, max = 1,
                source = "data:labour_force_participation 2022")
        double participationWomen,
        @Param(doc = "Farm produce, pensions and transfers; moves with Tajik incomes (macro.homeIncomes).",
                unit = "TJS per person per month", min = 0,
                source = "calibrated to data:poverty_national_rate_to_2019 (2010-2013, 2017-2019, old methodology) and "
                + "data:poverty_national_rate_2020_2024 (2023)")
        double nonLabourIncome,
        @Param(doc = "An urban household's non-labour income per person relative to a rural household's: towns have "
                + "pensions and transfers but few household plots, whose produce villages eat.", unit = "factor",
                min = 0, max = 10, source = "calibrated to urban and rural poverty: "
                + "data:poverty_national_rate_to_2019 2013 (its note, urban 29% and rural 40%) and "
                + "data:poverty_urban_rural_tajstat_sdg 2018-2019")
        double urbanNonLabourIncomeFactor,
        @Param(doc = "Standard deviation of the log of a household's earnings multiplier.", unit = "log points",
                min = 0, max = 3, source = "calibrated to data:gini_2021_2023 (38 in 2023)")
        double incomeDispersion,
        @Param(doc = "Mean savings at the start.", unit = "months of the household's local income", min = 0)
        double initialSavingsMonths,
        @Param(doc = "How much a household can borrow for a journey.", unit = "months of local income", min = 0)
        double creditMonths,
        @Param(doc = "Monthly interest on debt.", unit = "share per month", min = 0, max = 1,
                source = "assumption: about 24% a year, typical of microfinance")
        double debtInterestMonthly,
        @Param(doc = "Share of income above the poverty line used each month to repay debt.", unit = "share",
                min = 0, max = 1)
        double debtRepaymentShare,
        @Param(doc = "Share of income above the poverty line saved each month (spent later on houses, ceremonies and "
                + "durables, outside the consumption poverty and inequality are measured on).", unit = "share",
                min = 0, max = 1, source = "calibrated to data:gini_2021_2023 (2023), with the poverty figures of every "
                + "calibration year (docs/calibration.md, section 6)")
        double savingRate,
        @Param(doc = "Share of the gap to the poverty line a household covers from savings.", unit = "share",
                min = 0, max = 1)
        double savingsDrawShare,
        @Param(doc = "Savings a household keeps as a buffer against bad months; what lies above it is spent down at "
                + "wealthSpendRate.", unit = "months of the household's poverty-line budget (poverty line x adult "
                + "equivalents at home)", min = 0, max = 120,
                source = "assumption: buffer-stock saving (Carroll, 1997, Quarterly Journal of Economics 112(1)): "
                + "households hold a target buffer and spend what lies above it; its size is not in data/")
        double savingsBufferMonths,
        @Param(doc = "Share of savings above the buffer spent each month on houses, ceremonies and durables (outlays "
                + "that poverty's consumption aggregate leaves out).",
                unit = "share per month", min = 0, max = 1,
                source = "assumption: data:remittance_use (94% of remittances go to private consumption, ADB) says "
                + "households spend what arrives rather than hoard it; the rate itself is not in data/")
        double wealthSpendRate,
        @Param(doc = "National poverty line of the headline poverty measures: the World Bank's methodology of 2025, "
                + "on which the 2023 figure is.", unit = "TJS per adult equivalent per month", min = 0,
                minExclusive = true,
                source = "oldMethodologyPovertyLine times the ratio of the two methodologies' lines implied by their "
                + "2010 headcounts (data:poverty_national_rate_to_2019: 56% against 45%)")
        double povertyLine,
        @Param(doc = "National extreme poverty line (the old methodology); at most the two poverty lines.",
                unit = "TJS per adult equivalent per month", min = 0, minExclusive = true,
                source = "data:poverty_line_tjs_per_month 2013/14 (104 TJS), moved by Tajik prices")
        double extremePovertyLine,
        @Param(doc = "National poverty line of the old methodology (TajStat's series to 2019), on which poverty is "
                + "also reported (metric poverty_fgt0_old_methodology).",
                unit = "TJS per adult equivalent per month", min = 0, minExclusive = true,
                source = "data:poverty_line_tjs_per_month 2013/14 (145 TJS), moved by Tajik prices")
        double oldMethodologyPovertyLine,
        @Param(doc = "Weight of each working-age member after the first in the adult-equivalent scale (1: "
                + "consumption per person; the OECD (Oxford) scale's is 0.7).",
                unit = "weight", min = 0, max = 1, source = "data:poverty_line_tjs_per_month (a per-capita basis: "
                + "TajStat measures welfare per person)")
        double adultEquivalentOther,
        @Param(doc = "Weight of each dependant in the adult-equivalent scale (1: consumption per person; the OECD "
                + "(Oxford) scale's is 0.5).", unit = "weight", min = 0, max = 1,
                source = "data:poverty_line_tjs_per_month (a per-capita basis: TajStat measures welfare per person)")
        double adultEquivalentChild) implements java.io.Serializable, RecordRules {

    /**
     * Copies {@code regionWageFactor}, keeping null elements so that validation reports them with their paths; the
     * values are checked when a {@link Scenario} holding them is built.
     */
    public HouseholdEconomy {
        regionWageFactor = NumberLists.copy(regionWageFactor);
    }

    @Override
    public void checkRules(Problems p, FieldPath at) {
        if (extremePovertyLine > povertyLine) {
            p.add(at.field("extremePovertyLine"), "must not exceed povertyLine (" + povertyLine + "), was "
                    + extremePovertyLine);
        }
        if (extremePovertyLine > oldMethodologyPovertyLine) {
            p.add(at.field("extremePovertyLine"), "must not exceed oldMethodologyPovertyLine ("
                    + oldMethodologyPovertyLine + "), was " + extremePovertyLine);
        }
    }
}
