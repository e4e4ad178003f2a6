package org.muhojir.scenarios.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.output.Manifest;

/**
 * Runs a study (a Sobol analysis, an uncertainty ensemble) and writes its files by the command line's rules: the
 * output folder is claimed before anything runs, the files are written to a staging folder moved into place only
 * when complete, and Ctrl-C or SIGTERM stops the runs and leaves nothing behind.
 */
public final class StudyRun {
    /** The file of what ran. */
    static final String MANIFEST = "manifest.json";

    private StudyRun() {
    }

    /**
     * The entries every study's manifest begins with: the program's {@code version}, the {@code command} and its
     * arguments, the scenario, the files it was read from with their SHA-256, its sample, the seed and the
     * replications; a study adds its design after them.
     */
    public static java.util.Map<String, Object> manifest(String version, String command, List<String> arguments,
                                                         org.muhojir.core.scenario.Scenario scenario,
                                                         List<LoadedScenario.Input> files, RunSettings settings) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("version", version);
        m.put("command", command);
        m.put("commandLine", List.copyOf(arguments));
        m.put("scenario", scenario.name());
        m.put("files", Manifest.files(files));
        m.put("sampleFraction", scenario.population().sampleFraction());
        m.put("seed", settings.seed());
        m.put("replications", settings.replications());
        return m;
    }

    /**
     * A study: its runs, then its files.
     *
     * @param <T> what the runs give
     */
    public interface Study<T> {
        /** Runs the study, stopping (and throwing) once {@code stop} says true. */
        T run(BooleanSupplier stop) throws StoppedException;

        /** Writes the files into {@code staging}; returns their names. */
        List<String> write(Path staging, T results) throws IOException;

        /**
         * What ran, for {@code manifest.json} beside the files, in order: the command, its arguments, the program's
         * version, the scenario, seed, sample, replications and the study's design, so that it can be repeated.
         * The default says nothing beyond the model's version.
         */
        default java.util.Map<String, Object> manifest() {
            return java.util.Map.of();
        }
    }

    /**
     * Runs {@code study} and writes its files into {@code target}.
     *
     * @return the exit code: 0, or {@link RunService#STOPPED} if it was stopped
     */
    public static <T> int execute(Path target, RunSettings settings, PrintWriter out, PrintWriter err,
                                  Study<T> study) throws IOException, UserError {
        RunMessages messages = new RunMessages(out, err, settings);
        try (CtrlC ctrlC = new CtrlC()) {
            try {
                T results = study.run(ctrlC);
                OutputTarget.write(target, settings.force(), staging -> {
                    List<String> files = new java.util.ArrayList<>(study.write(staging, results));
                    Manifest.writeStudy(staging.resolve(MANIFEST), study.manifest());
                    files.add(MANIFEST);
                    if (ctrlC.getAsBoolean()) {
                        throw new StoppedException(0, 0);
                    }
                    return files;
                });
                return 0;
            } catch (StoppedException e) {
                messages.stopped(e, target, ctrlC.getAsBoolean());
                return RunService.STOPPED;
            } catch (FileAlreadyExistsException e) {
                throw new UserError("the output folder " + target + " appeared while the study ran; nothing was "
                        + "written (use --force to replace it)");
            }
        }
    }
}
