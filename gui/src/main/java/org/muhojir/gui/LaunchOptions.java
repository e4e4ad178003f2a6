package org.muhojir.gui;

import java.io.PrintWriter;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.gui.scenario.ScenarioSource;
import org.muhojir.scenarios.cli.GuiCommand;
import org.muhojir.scenarios.cli.GuiOptions;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.UserError;

/**
 * How the visualizer starts: which scenario, and the run settings (share of households, seed, threads), read from
 * its command line by the very options {@code muhojir gui} declares ({@link GuiCommand}).
 *
 * @param scenario a bundled scenario's name or a scenario file's path
 * @param settings the share of households asked for (or none), the seed (the Console's seed field overrides it
 *                 when changed) and the worker threads; the GUI's defaults are {@link FrontEnd#GUI}'s
 */
public record LaunchOptions(String scenario, RunSettings settings) {
    public LaunchOptions {
        if (scenario == null || scenario.isBlank()) {
            throw new IllegalArgumentException("a scenario name or file is required");
        }
    }

    /** The baseline with the GUI's defaults. */
    public static LaunchOptions defaults() {
        return new LaunchOptions("baseline", RunSettings.defaults(FrontEnd.GUI));
    }

    /**
     * Reads the command line: {@code [SCENARIO] [--sample F | --full] [--seed N] [--threads N]}; prints the help
     * ({@code --help}) or the version ({@code --version}) on {@code out} when asked.
     *
     * @return the options, or null if the help or the version was printed
     * @throws UserError naming a bad or unknown argument
     */
    public static LaunchOptions parse(PrintWriter out, String... args) throws UserError {
        GuiOptions options = GuiCommand.read(out, args);
        return options == null ? null : new LaunchOptions(options.scenario(), options.settings());
    }

    /**
     * The scenario found in {@code source}, at the share of households the settings choose: the command line's,
     * else the file's {@code population.sampleFraction}, else the GUI's default ({@link RunSettings#sampleFor}).
     *
     * @throws IllegalArgumentException if the scenario cannot be found or read, saying why
     */
    public Scenario scenarioFrom(ScenarioSource source) {
        try {
            return settings.resolve(source.loaded(scenario));
        } catch (UserError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The run options these launch options ask for, with the default behavioural rules. */
    public RunOptions runOptions() {
        return settings.runOptions(1);
    }
}
