package org.muhojir.gui.scenario;

import java.util.List;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

/**
 * The scenarios core can build without files: only the present-day baseline ({@link TajikistanDefaults}).
 * Scenario files need the scenarios module's JSON loader; see {@code MuhojirWithUI.scenarioSource()}.
 */
public final class DefaultsScenarioSource implements ScenarioSource {
    /** The baseline's name. */
    public static final String BASELINE = "baseline";

    @Override
    public List<String> names() {
        return List.of(BASELINE);
    }

    @Override
    public Scenario load(String nameOrPath) {
        if (BASELINE.equalsIgnoreCase(nameOrPath)) {
            return TajikistanDefaults.baseline();
        }
        if (nameOrPath != null && (nameOrPath.endsWith(".json") || nameOrPath.contains("/")
                || nameOrPath.contains("\\"))) {
            throw new IllegalArgumentException("cannot read scenario file '" + nameOrPath + "': this build has no "
                    + "scenario file loader yet (it comes with the scenarios module); bundled scenarios: " + names());
        }
        throw new IllegalArgumentException("no bundled scenario named '" + nameOrPath + "'; bundled scenarios: "
                + names());
    }
}
