package org.muhojir.core.calibration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.muhojir.core.scenario.Scenario;

/**
 * A scenario and the targets its runs should reproduce: for example the present-day baseline and the figures of
 * 2023, or the same world reported from 2010 and the figures of every calibration year. A calibration fits the same free
 * parameters to one or more anchors at once.
 *
 * @param name     short name used in reports, for example {@code 2023}
 * @param scenario the scenario run (sample fraction and period as they are to be simulated)
 * @param targets  the targets, each in a year the scenario simulates in full; ids unique
 */
public record Anchor(String name, Scenario scenario, List<Target> targets) {
    /**
     * Copies {@code targets}.
     *
     * @throws IllegalArgumentException if the name is blank, the scenario missing or there is no target, if two
     *                                  targets share an id, or if a target's year is not simulated in full
     */
    public Anchor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an anchor needs a name");
        }
        if (scenario == null) {
            throw new IllegalArgumentException("anchor '" + name + "' needs a scenario");
        }
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("anchor '" + name + "' needs at least one target");
        }
        Set<String> ids = new HashSet<>();
        for (Target t : targets) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("anchor '" + name + "' has two targets with id '" + t.id() + "'");
            }
            if (!t.simulatedInFullBy(scenario)) {
                throw new IllegalArgumentException("anchor '" + name + "': target '" + t.id() + "' is for "
                        + t.year() + ", but the scenario simulates " + scenario.start() + " to " + scenario.end()
                        + ", so " + t.year() + " is not simulated in full");
            }
        }
    }

    /** This anchor with its scenario replaced (for example at another sample fraction). */
    public Anchor withScenario(Scenario newScenario) {
        return new Anchor(name, newScenario, targets);
    }

    /** The last calendar year any target needs. */
    public int lastTargetYear() {
        return targets.stream().mapToInt(Target::year).max().orElseThrow();
    }
}
