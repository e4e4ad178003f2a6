package org.muhojir.core.scenario;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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

    /** The timeline of {@code scenario}: its values, the world's events and its shocks, month by month. */
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
        List<ScheduledShock> all = new ArrayList<>(scheduled);
        all.addAll(added);
        reset(c, scenario, m, scenario.eventShocksBeside(all));
        List<ScheduledShock> active = new ArrayList<>();
        applyInForce(scheduled, m, c, active);
        applyInForce(added, m, c, active);
        return active;
    }

    private static void applyInForce(List<ScheduledShock> shocks, YearMonth m, Conditions c,
                                     List<ScheduledShock> active) {
        for (ScheduledShock s : shocks) {
            if (applyIfInForce(s, m, c)) {
                active.add(s);
            }
        }
    }

    /** Applies {@code s} to {@code c} if it is in force in {@code m}; whether it was. */
    private static boolean applyIfInForce(ScheduledShock s, YearMonth m, Conditions c) {
        if (!s.inForce(m)) {
            return false;
        }
        s.shock().apply(c, s.monthInForce(m), s.months());
        return true;
    }

    /**
     * Resets every field of {@code c} to the scenario's values for {@code m}, before shocks. Wages, living costs,
     * labour demand and prices at home move from the scenario's values by their indices relative to the price base
     * year ({@link Macro#priceBaseYear()}), whatever month the run starts in. Then the world's dated events in force
     * act ({@link Scenario#events()}), each cut around the months of a scenario's shock that sets what it sets ({@link
     * Scenario#eventShocksBeside}).
     */
    public static void reset(Conditions c, Scenario scenario, YearMonth m) {
        reset(c, scenario, m, scenario.eventShocksBeside(scenario.shocks()));
    }

    /**
     * As {@link #reset(Conditions, Scenario, YearMonth)}; with {@code warmUp}, as the warm-up holds the first
     * simulated month: of the world's dated events ({@link Scenario#events()}) only those in force in {@code m} for
     * good (lasting to the end of any run, such as a rule that changed), not a temporary one such as a border closure
     * (a run that starts during a closure warms up open, and a run that starts after a lasting change warms up in the
     * world it made).
     */
    public static void reset(Conditions c, Scenario scenario, YearMonth m, boolean warmUp) {
        reset(c, scenario, m, warmUp ? scenario.eventShocks().stream()
                .filter(e -> e.months() >= ScheduledShock.UNTIL_END).toList()
                : scenario.eventShocksBeside(scenario.shocks()));
    }

    /** The scenario's values for {@code m}, then {@code events} (shocks of the world's events) in force. */
    private static void reset(Conditions c, Scenario scenario, YearMonth m, List<ScheduledShock> events) {
        c.month = m;
        int base = scenario.macro().priceBaseYear();
        double growth = scenario.macro().growthBeyondData();
        for (DestinationSpec s : scenario.destinations()) {
            int d = s.destination().ordinal();
            c.open[d] = true;
            c.route[d] = s.entry().route();
            c.annualQuota[d] = s.entry().quotaIn(m);
            c.refusalRate[d] = s.entry().refusalRate();
            c.lotteryWinRate[d] = s.entry().lotteryWinRate();
            boolean exam = s.entry().examIn(m);
            c.examPassRate[d] = exam ? s.entry().examPassRate() : 1;
            c.russianExam[d] = exam && s.entry().russianExam();
            c.skilledOnly[d] = s.entry().skilledOnly();
            c.maxStayMonths[d] = s.entry().maxStayMonths();
            c.travelUsd[d] = s.costs().travelUsd();
            c.documentsUsd[d] = s.costs().documentsUsd();
            c.monthlyFee[d] = s.costs().monthlyFee().at(m);
            double wageLevel = s.labour().wageIndex().relativeTo(base, m, growth);
            for (Skill k : Skill.values()) {
                c.wage[d][k.ordinal()] = s.labour().payAfterDeductions(k) * wageLevel;
            }
            c.livingCost[d] = s.labour().livingCost() * s.labour().priceIndex().relativeTo(base, m, growth);
            double demand = s.labour().labourDemand().relativeTo(base, m, 0);
            c.employmentRate[d] = Math.min(1, s.labour().employmentRate()
                    * Math.pow(demand, s.labour().demandElasticity()));
            // irregular pay is a share of the wage before deductions, stated against a legal worker's pay in hand
            c.irregularWageShare[d] = s.labour().irregularWageShare() / (1 - s.labour().payDeductionShare());
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
        c.homePriceLevel = scenario.macro().homePriceLevel(m);
        c.homeIncomeLevel = scenario.macro().homeIncomeLevel(m);
        for (ScheduledShock e : events) { // the world's dated events act as the shocks they are
            applyIfInForce(e, m, c);
        }
    }
}
