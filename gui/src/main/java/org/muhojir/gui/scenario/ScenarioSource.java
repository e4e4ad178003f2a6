package org.muhojir.gui.scenario;

import java.util.List;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.load.LoadedScenario;

/**
 * Where the visualizer finds scenarios: the bundled ones by name, and files by path
 * ({@link CatalogueScenarioSource}, over the scenarios module's catalogue and JSON loader).
 */
public interface ScenarioSource {
    /** Names of the bundled scenarios, for the "Scenario" menu. */
    List<String> names();

    /**
     * A bundled scenario by name, or a scenario file by path.
     *
     * @throws IllegalArgumentException if there is no such scenario or the file cannot be read; the message says
     *                                  why (for a file, every problem in it)
     */
    default Scenario load(String nameOrPath) {
        return loaded(nameOrPath).scenario();
    }

    /**
     * A bundled scenario by name, or a scenario file by path, with what was read (whether a file set its own
     * {@code population.sampleFraction}, which the launch honours).
     *
     * @throws IllegalArgumentException as {@link #load}
     */
    LoadedScenario loaded(String nameOrPath);
}
