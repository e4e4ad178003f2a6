package org.muhojir.scenarios.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code muhojir gui}: documents the visualizer in {@code muhojir --help}. The visualizer lives in the gui module,
 * which depends on this one, so this program cannot start it: the {@code ./muhojir} launcher runs
 * {@code org.muhojir.gui.MuhojirWithUI} itself when its first argument is {@code gui}. Reaching this command means
 * the command line was started some other way; it says how to start the visualizer and exits with code 2.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Open the visualizer (MASON Console): map, charts, levers, shocks, one household.",
        description = {"",
            "Opens MASON's Console on SCENARIO: press play to watch migrants leave Tajikistan's regions for seven "
                    + "destinations month by month, pull policy levers, fire shocks and follow one household. "
                    + "Needs a display (on a server: Xvfb :99 & export DISPLAY=:99). The ./muhojir launcher "
                    + "starts it (building the gui module on first use); see docs/gui.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir gui                                 the baseline, 1%% of households",
            "  ./muhojir gui russia-crackdown-2024 --sample 0.05",
            "  ./muhojir gui my-policy.json --seed 7"})
final class GuiCommand implements Callable<Integer> {
    /** How to start the visualizer without the launcher. */
    static final String HOW = "the visualizer is in the gui module and is started by the launcher: "
            + "./muhojir gui [SCENARIO] [--sample F] [--seed N] [--threads N] (it builds the gui module on first "
            + "use), or after 'mvn -q package -DskipTests -pl gui -am': java -jar gui/target/muhojir-gui-"
            + Version.get() + ".jar [SCENARIO] ... (see docs/gui.md)";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "A bundled scenario's name (see 'muhojir list') or a scenario file (default: "
                    + "${DEFAULT-VALUE}). The Scenario menu opens others.")
    String scenario;

    @Option(names = "--sample", paramLabel = "F", defaultValue = "0.01",
            description = "Share of households simulated, more than 0 and at most 1 (default: ${DEFAULT-VALUE}, "
                    + "about 16,500 households). The Scenario menu changes it.")
    double sample;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Master seed (default: ${DEFAULT-VALUE}); the Console's seed field overrides it.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Worker threads stepping the population (default: ${DEFAULT-VALUE}); results do not "
                    + "depend on it.")
    int threads;

    @Override
    public Integer call() throws UserError {
        throw new UserError(HOW);
    }
}
