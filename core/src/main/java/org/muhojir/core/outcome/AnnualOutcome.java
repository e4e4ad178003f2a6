package org.muhojir.core.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.muhojir.core.world.Destination;

/**
 * A calendar year's headline outcomes, from the months of that year that were simulated.
 *
 * @param year                    the calendar year
 * @param months                  how many of its months were simulated
 * @param remittancesReceivedUsd  remittances received over the year, after fees, US dollars
 * @param remittancesShareOfGdp   remittances received over GDP over the simulated months (0..)
 * @param departures              departures over the year, persons
 * @param russiaShareOfDepartures share of departures going to Russia (0..1)
 * @param maleShareOfDepartures   share of departures that are men (0..1)
 * @param returnsByChoice         returns by choice over the year, persons
 * @param deportations            deportations over the year, persons
 * @param migrantsAbroad          mean of the monthly stock of migrants abroad, persons
 * @param povertyFgt0             mean monthly poverty headcount ratio, national line (0..1)
 * @param extremePovertyFgt0      mean monthly extreme poverty headcount ratio (0..1)
 * @param povertyFgt0WithoutRemittances mean monthly headcount had remittances not arrived (0..1)
 * @param gini                    mean monthly Gini coefficient of consumption (0..1)
 */
public record AnnualOutcome(int year, int months, double remittancesReceivedUsd, double remittancesShareOfGdp,
                            double departures, double russiaShareOfDepartures, double maleShareOfDepartures,
                            double returnsByChoice, double deportations, double migrantsAbroad, double povertyFgt0,
                            double extremePovertyFgt0, double povertyFgt0WithoutRemittances, double gini) {

    /** Aggregates monthly outcomes by calendar year, in year order. */
    public static List<AnnualOutcome> of(List<MonthlyOutcome> monthly) {
        Map<Integer, List<MonthlyOutcome>> byYear = new TreeMap<>();
        for (MonthlyOutcome m : monthly) {
            byYear.computeIfAbsent(m.month().getYear(), y -> new ArrayList<>()).add(m);
        }
        List<AnnualOutcome> out = new ArrayList<>();
        byYear.forEach((year, months) -> out.add(of(year, months)));
        return out;
    }

    private static AnnualOutcome of(int year, List<MonthlyOutcome> months) {
        double remittances = 0;
        double gdp = 0;
        double departures = 0;
        double russia = 0;
        double women = 0;
        double returns = 0;
        double deportations = 0;
        double abroad = 0;
        double fgt0 = 0;
        double extreme = 0;
        double without = 0;
        double gini = 0;
        int national = Group.NATIONAL.ordinal();
        for (MonthlyOutcome m : months) {
            remittances += m.remittancesReceivedUsd();
            gdp += m.gdpUsd();
            departures += MonthlyOutcome.total(m.departures());
            russia += m.departures()[Destination.RUSSIA.ordinal()];
            women += m.departuresWomen();
            returns += MonthlyOutcome.total(m.returnsByChoice());
            deportations += MonthlyOutcome.total(m.deportations());
            abroad += m.abroadTotal();
            fgt0 += m.poverty()[national].fgt0();
            extreme += m.poverty()[national].extremeFgt0();
            without += m.povertyWithoutRemittances()[national].fgt0();
            gini += m.gini();
        }
        int n = months.size();
        return new AnnualOutcome(year, n, remittances, remittances / gdp, departures,
                departures > 0 ? russia / departures : 0, departures > 0 ? 1 - women / departures : 0, returns,
                deportations, abroad / n, fgt0 / n, extreme / n, without / n, gini / n);
    }
}
