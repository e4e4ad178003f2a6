package org.muhojir.scenarios.load;

import java.util.List;
import org.muhojir.core.scenario.Scenario;

/**
 * A scenario read from its files.
 *
 * @param scenario           the validated core scenario, every default filled in
 * @param inputs             the files read, the scenario's own first and then each it extends
 * @param sampleFractionSet  whether a file set {@code population.sampleFraction} (else the command's default
 *                           sample applies)
 */
public record LoadedScenario(Scenario scenario, List<Input> inputs, boolean sampleFractionSet) {
    public LoadedScenario {
        inputs = List.copyOf(inputs);
    }

    /**
     * One file read.
     *
     * @param shownAs how the file is named in messages
     * @param sha256  SHA-256 of its bytes, hexadecimal
     */
    public record Input(String shownAs, String sha256) {
    }
}
