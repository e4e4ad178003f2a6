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
 * @param warnings           values that are legal but probably not what was meant (core's
 *                           {@link Scenario#warnings()}), each placed in its file; they do not stop a run
 */
public record LoadedScenario(Scenario scenario, List<Input> inputs, boolean sampleFractionSet,
                             List<ScenarioProblem> warnings) {
    public LoadedScenario {
        inputs = List.copyOf(inputs);
        warnings = List.copyOf(warnings);
    }

    /** A scenario read without warnings. */
    public LoadedScenario(Scenario scenario, List<Input> inputs, boolean sampleFractionSet) {
        this(scenario, inputs, sampleFractionSet, List.of());
    }

    /** One line per warning, as the commands print them: {@code file:line:column: $.path: message; hint}. */
    public List<String> warningLines() {
        return warnings.stream().map(ScenarioProblem::toString).toList();
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
