package org.muhojir.scenarios.cli;

import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.calibration.Moments;
import org.muhojir.core.calibration.YearMoment;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.load.Suggest;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Option;

/** {@code --outcomes} and {@code --year}: the outcomes of a sensitivity analysis (sensitivity, sobol). */
final class OutcomeOptions {
    @Option(names = "--outcomes", paramLabel = "MOMENT", split = ",",
            defaultValue = "remittances_received_usd,migrants_abroad,poverty_fgt0",
            description = "Outcomes: moment names, comma separated.")
    List<String> outcomes;

    @Option(names = "--year", paramLabel = "YEAR", split = ",",
            description = "Calendar years of the outcomes, comma separated (default: the scenario's second year, or "
                    + "its last complete one if earlier).")
    List<Integer> years;

    /**
     * The outcomes, each in every year asked for (outcome by outcome), or in {@code scenario}'s second year (its last
     * complete year if that is earlier).
     *
     * @throws UserError naming an unknown moment, with a suggestion
     */
    List<YearMoment> moments(Scenario scenario) throws UserError {
        int second = scenario.start().getYear() + 1;
        List<Integer> ys = years != null ? years
                : List.of(Math.max(scenario.start().getYear(), Math.min(second, lastCompleteYear(scenario))));
        List<YearMoment> outs = new ArrayList<>();
        for (String o : outcomes) {
            if (!Moments.all().containsKey(o)) {
                throw new UserError("unknown outcome \"" + o + "\"." + Suggest.didYouMean(o, Moments.all().keySet())
                        + " Known moments: " + String.join(", ", Moments.all().keySet()));
            }
            for (int y : ys) {
                outs.add(new YearMoment(Moments.byName(o), y));
            }
        }
        return outs;
    }

    /**
     * Every outcome's year must lie within the scenario's (a study simulates each run to the end of its last outcome
     * year, which would quietly lengthen it beyond its end and its inputs); with {@code --months}, it must end within
     * the shortened run (which would quietly undo a shorter {@code --months}).
     *
     * @throws UserError if an outcome's year lies outside the scenario, or ends after a shortened run's last month
     */
    static void checkYears(RunSettings settings, Scenario s, List<YearMoment> outs) throws UserError {
        int first = s.start().getYear();
        int last = lastCompleteYear(s);
        for (YearMoment o : outs) {
            boolean before = o.year() < first;
            if (before || settings.months() == null && o.year() > last) {
                throw new UserError("--year " + o.year() + " is " + (before ? "before the start" : "not a whole year")
                        + " of scenario '" + s.name() + "' (" + s.start() + " to " + s.end() + "): "
                        + (last >= first ? "give years from " + first + " to " + last + ", or " : "give ")
                        + "a scenario file whose \"start\" and \"months\" cover the year");
            }
        }
        if (settings.months() == null) {
            return;
        }
        int latest = outs.stream().mapToInt(YearMoment::year).max().orElse(s.end().getYear());
        if (latest > last) {
            throw new UserError("--months " + settings.months() + " ends the run in " + s.end() + ", before the end "
                    + "of the outcome year " + latest + "; give --year within the run, or leave --months out (the "
                    + "run is simulated to the end of the last outcome year)");
        }
    }

    /** The last calendar year {@code s} simulates to its December. */
    private static int lastCompleteYear(Scenario s) {
        return s.end().getMonthValue() == 12 ? s.end().getYear() : s.end().getYear() - 1;
    }
}
