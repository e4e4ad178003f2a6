package org.muhojir.core.scenario;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.world.Skill;

/**
 * Answers "what is in force this month": resets the month's {@link Conditions} to the scenario's values and
 * applies every scheduled shock in force, in the order the scenario lists them (so two shocks on the same field
 * compose in that order).
 */
public final class Timeline implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;

    public Timeline(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Fills {@code c} for month {@code m} and returns the shocks in force, in scenario order. */
    public List<ScheduledShock> resolve(YearMonth m, Conditions c) {
        return resolve(m, c, List.of());
    }

    /**
     * Fills {@code c} for month {@code m} from the scenario's shocks and then {@code added} ones (shocks added
     * while the model runs), and returns the shocks in force in that order.
     */
    public List<ScheduledShock> resolve(YearMonth m, Conditions c, List<ScheduledShock> added) {
        return resolve(m, c, scenario.shocks(), added);
    }

    /**
     * As {@link #resolve(YearMonth, Conditions, List)}, with {@code scheduled} in place of the scenario's shocks
     * (the scenario's shocks as a running model has cut them around the shocks that supersede them).
     */
    public List<ScheduledShock> resolve(YearMonth m, Conditions c, List<ScheduledShock> scheduled,
                                        List<ScheduledShock> added) {
        reset(c, scenario, m);
        List<ScheduledShock> active = new ArrayList<>();
        applyInForce(scheduled, m, c, active);
        applyInForce(added, m, c, active);
        return active;
    }

    private static void applyInForce(List<ScheduledShock> shocks, YearMonth m, Conditions c,
                                     List<ScheduledShock> active) {
        for (ScheduledShock s : shocks) {
            if (s.inForce(m)) {
                s.shock().apply(c, s.monthInForce(m), s.months());
                active.add(s);
            }
        }
    }

    /**
     * Resets every field of {@code c} to the scenario's values for {@code m}, before shocks. Wages, living costs,
     * labour demand and prices at home move from the scenario's values by their indices relative to the twelve
     * months from its first simulated month ({@link Scenario#firstSimulatedMonth()}).
     */
    public static void reset(Conditions c, Scenario scenario, YearMonth m) {
        c.month = m;
        // money values are at the prices of the first simulated year (the history's, if the scenario has one)
        YearMonth base = scenario.firstSimulatedMonth();
        for (DestinationSpec s : scenario.destinations()) {
            int d = s.destination().ordinal();
            c.open[d] = true;
            c.route[d] = s.entry().route();
            c.annualQuota[d] = s.entry().annualQuota();
            c.refusalRate[d] = s.entry().refusalRate();
            c.lotteryWinRate[d] = s.entry().lotteryWinRate();
            c.examPassRate[d] = s.entry().examPassRate();
            c.russianExam[d] = s.entry().russianExam();
            c.skilledOnly[d] = s.entry().skilledOnly();
            c.maxStayMonths[d] = s.entry().maxStayMonths();
            c.travelUsd[d] = s.costs().travelUsd();
            c.documentsUsd[d] = s.costs().documentsUsd();
            c.monthlyFee[d] = s.costs().monthlyFee().at(m);
            double growth = scenario.macro().growthBeyondData();
            double wageLevel = relative(s.labour().wageIndex(), base, m, growth);
            for (Skill k : Skill.values()) {
                c.wage[d][k.ordinal()] = s.labour().wage(k) * wageLevel;
            }
            c.livingCost[d] = s.labour().livingCost() * relative(s.labour().priceIndex(), base, m, growth);
            double demand = relative(s.labour().labourDemand(), base, m, 0);
            c.employmentRate[d] = Math.min(1, s.labour().employmentRate()
                    * Math.pow(demand, s.labour().demandElasticity()));
            c.irregularWageShare[d] = s.labour().irregularWageShare();
            c.irregularEmploymentShare[d] = s.labour().irregularEmploymentShare();
            c.raidHazardLegal[d] = s.enforcement().raidHazardLegal();
            c.raidHazardIrregular[d] = s.enforcement().raidHazardIrregular();
            c.deportationShare[d] = s.enforcement().deportationShare();
            c.banMonths[d] = s.enforcement().banMonths();
            c.lapseHazard[d] = s.enforcement().lapseHazard();
            c.regulariseHazard[d] = s.enforcement().regulariseHazard();
            c.irregularOnArrival[d] = s.enforcement().irregularOnArrival();
            c.expulsionRate[d] = 0;
            c.localPerUsd[d] = s.localPerUsd().at(m);
            c.transferFeeRate[d] = s.transferFeeRate();
            c.naturalisationHazard[d] = s.naturalisationHazard();
            c.utilityConstant[d] = s.utilityConstant();
            c.amnesty[d] = false;
        }
        java.util.Arrays.fill(c.trainingRate, 0);
        c.tjsPerUsd = scenario.macro().tjsPerUsd().at(m);
        c.gdpUsdMillion = scenario.macro().gdpUsdMillion().at(m);
        c.homePriceLevel = relative(scenario.macro().prices(), base, m,
                scenario.macro().growthBeyondData());
    }

    /**
     * The index in {@code m} over its mean in the twelve months from {@code start}, growing at {@code growth} per
     * cent a year after its last point ({@link MonthlySeries#atGrowing}).
     */
    private static double relative(MonthlySeries index, YearMonth start, YearMonth m, double growth) {
        double firstYear = 0;
        for (int i = 0; i < 12; i++) {
            firstYear += index.atGrowing(start.plusMonths(i), growth) / 12;
        }
        return index.atGrowing(m, growth) / firstYear;
    }
}
