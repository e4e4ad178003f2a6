package org.muhojir.core.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.world.Destination;

/**
 * A complete, validated description of one simulated world: when it runs, who lives in it, the destinations and
 * their rules, behaviour, macro paths and the dated shocks. Immutable; the constructor checks every field and
 * throws {@link InvalidScenarioException} listing every problem at once.
 *
 * @param name         short identifier, used in reports
 * @param description  what story the scenario tells
 * @param start        first simulated month
 * @param months       number of months simulated (1..1200)
 * @param population   how the household population is built
 * @param economy      the household economy at home and the poverty lines
 * @param behaviour    behavioural parameters
 * @param macro        GDP and somoni exchange-rate paths
 * @param destinations one specification per {@link Destination}, in ordinal order
 * @param shocks       dated shocks, applied in this order when several are in force
 */
public record Scenario(
        String name,
        String description,
        YearMonth start,
        int months,
        PopulationSpec population,
        HouseholdEconomy economy,
        Behaviour behaviour,
        Macro macro,
        List<DestinationSpec> destinations,
        List<ScheduledShock> shocks) implements java.io.Serializable {

    public Scenario {
        // Lists.copy keeps null entries (List.copyOf would throw) so that validation reports them with their path
        destinations = Lists.copy(destinations);
        shocks = shocks == null ? List.of() : Lists.copy(shocks);
        Problems p = new Problems();
        validate(p, name, start, months, population, economy, behaviour, macro, destinations, shocks);
        p.throwIfAny("scenario '" + name + "'");
    }

    private static void validate(Problems p, String name, YearMonth start, int months, PopulationSpec population,
                                 HouseholdEconomy economy, Behaviour behaviour, Macro macro,
                                 List<DestinationSpec> destinations, List<ScheduledShock> shocks) {
        if (name == null || name.isBlank()) {
            p.add("name", "is required");
        }
        p.present("start", start);
        p.range("months", months, 1, 1200);
        if (p.present("population", population)) {
            population.validate(p, "population");
        }
        if (p.present("economy", economy)) {
            economy.validate(p, "economy");
        }
        if (p.present("behaviour", behaviour)) {
            behaviour.validate(p, "behaviour");
        }
        if (p.present("macro", macro)) {
            macro.validate(p, "macro");
        }
        validateDestinations(p, destinations);
        for (int i = 0; i < shocks.size(); i++) {
            ScheduledShock s = shocks.get(i);
            if (p.present("shocks[" + i + "]", s)) {
                s.validate(p, "shocks[" + i + "]");
            }
        }
    }

    private static void validateDestinations(Problems p, List<DestinationSpec> destinations) {
        if (!p.present("destinations", destinations)) {
            return;
        }
        if (destinations.size() != Destination.COUNT) {
            p.add("destinations", "needs one entry per destination (" + Destination.COUNT + "), had "
                    + destinations.size());
            return;
        }
        for (Destination d : Destination.values()) {
            DestinationSpec s = destinations.get(d.ordinal());
            String path = "destinations[" + d.label() + "]";
            if (!p.present(path, s)) {
                continue;
            }
            if (s.destination() != d) {
                p.add(path + ".destination", "must be " + d.label() + " at position " + d.ordinal() + ", was "
                        + s.destination());
            }
            s.validate(p, path);
        }
    }

    /** The specification of one destination. */
    public DestinationSpec destination(Destination d) {
        return destinations.get(d.ordinal());
    }

    /** The last simulated month. */
    public YearMonth end() {
        return start.plusMonths(months - 1L);
    }

    /** This scenario with another name and description. */
    public Scenario named(String newName, String newDescription) {
        return new Scenario(newName, newDescription, start, months, population, economy, behaviour, macro,
                destinations, shocks);
    }

    /** This scenario over another period. */
    public Scenario withPeriod(YearMonth newStart, int newMonths) {
        return new Scenario(name, description, newStart, newMonths, population, economy, behaviour, macro,
                destinations, shocks);
    }

    /** This scenario simulating another share of households (each weighted up to national totals). */
    public Scenario withSampleFraction(double fraction) {
        return new Scenario(name, description, start, months, population.withSampleFraction(fraction), economy,
                behaviour, macro, destinations, shocks);
    }

    /** This scenario with other behavioural parameters. */
    public Scenario withBehaviour(Behaviour newBehaviour) {
        return new Scenario(name, description, start, months, population, economy, newBehaviour, macro,
                destinations, shocks);
    }

    /** This scenario with one destination's specification replaced. */
    public Scenario withDestination(DestinationSpec spec) {
        List<DestinationSpec> list = new ArrayList<>(destinations);
        list.set(spec.destination().ordinal(), spec);
        return new Scenario(name, description, start, months, population, economy, behaviour, macro, list,
                shocks);
    }

    /** This scenario with {@code more} shocks appended after its own. */
    public Scenario plusShocks(List<ScheduledShock> more) {
        List<ScheduledShock> all = new ArrayList<>(shocks);
        all.addAll(more);
        return new Scenario(name, description, start, months, population, economy, behaviour, macro,
                destinations, all);
    }

    /** This scenario with its shocks replaced. */
    public Scenario withShocks(List<ScheduledShock> newShocks) {
        return new Scenario(name, description, start, months, population, economy, behaviour, macro,
                destinations, newShocks);
    }
}
