package org.muhojir.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.InvalidScenarioException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.output.ScenarioRuns;
import org.muhojir.scenarios.output.OutputFolder;
import org.muhojir.scenarios.output.Outputs;
import org.muhojir.scenarios.output.RunInfo;
import org.muhojir.scenarios.run.ConsoleProgress;
import org.muhojir.scenarios.run.Progress;
import org.muhojir.scenarios.run.Replicator;
import org.muhojir.scenarios.run.StoppedException;

/**
 * Runs one or more scenarios and writes their outputs: what {@code run} and {@code compare} share. Every check
 * that can fail on the user's input happens before the first month is simulated; outputs are written to a staging
 * folder and moved into place only when complete; Ctrl-C stops between two months and leaves nothing behind.
 */
final class Batch {
    private final RunSettings settings;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<String> commandLine;
    private ScenarioLoader loader = ScenarioLoader.standard();
    private ExtraFiles extraFiles = (folder, cubes) -> { };

    /** Files a command writes besides those of {@code run} (for example a backcast's series). */
    @FunctionalInterface
    interface ExtraFiles {
        void write(Path folder, List<ScenarioRuns> cubes) throws IOException;
    }

    Batch(RunSettings settings, PrintWriter out, PrintWriter err, List<String> commandLine) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.commandLine = commandLine;
    }

    /** This batch loading scenarios with {@code l} and writing {@code extra} files too. */
    Batch with(ScenarioLoader l, ExtraFiles extra) {
        this.loader = l;
        this.extraFiles = extra;
        return this;
    }

    /** Loads, runs and writes; returns the exit code. */
    int execute(String command, List<String> refs) throws UserError, ScenarioFileException, IOException {
        settings.check();
        List<LoadedScenario> loaded = new ArrayList<>();
        List<ScenarioFileException.Part> failures = new ArrayList<>();
        for (String ref : refs) {
            try {
                loaded.add(loader.load(ref));
            } catch (ScenarioFileException e) {
                failures.add(new ScenarioFileException.Part(ref, e));
            }
        }
        if (!failures.isEmpty()) {
            throw ScenarioFileException.combine(failures);
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (LoadedScenario l : loaded) {
            scenarios.add(adjust(l));
        }
        boolean compare = command.equals("compare");
        if (compare) {
            checkComparable(scenarios);
        }
        Path target = OutputTarget.claim(settings.out, (compare ? "compare-" : "") + scenarios.get(0).name(),
                settings.force);
        checkWritable(target);
        announce(scenarios, target);
        return runAndWrite(command, scenarios, loaded, target, compare);
    }

    /** Fails before anything runs if the output folder could not be created. */
    private static void checkWritable(Path target) throws UserError {
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new UserError("cannot create the output folder " + target + ": "
                    + (existing == null ? "no existing parent folder" : existing + " is not a writable folder")
                    + "; choose another with --out");
        }
    }

    private Scenario adjust(LoadedScenario l) throws UserError {
        Scenario s = l.scenario();
        try {
            double sample = settings.full ? 1.0 : settings.sample != null ? settings.sample
                    : l.sampleFractionSet() ? s.population().sampleFraction() : RunSettings.DEFAULT_SAMPLE;
            s = s.withSampleFraction(sample);
            if (settings.months != null) {
                s = s.withPeriod(s.start(), settings.months);
                warnOfShocksAfter(s);
            }
            return s;
        } catch (InvalidScenarioException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Says which of the scenario's shocks a shortened run ends before (they are not simulated). */
    private void warnOfShocksAfter(Scenario s) {
        List<String> late = s.shocks().stream().filter(shock -> shock.start().isAfter(s.end()))
                .map(shock -> shock.shock().type() + " from " + shock.start()).toList();
        if (!late.isEmpty()) {
            err.printf(Locale.ROOT, "muhojir: warning: with --months %d, '%s' ends in %s, before %d of its shocks "
                    + "start; they are not simulated: %s%n", settings.months, s.name(), s.end(), late.size(),
                    String.join(", ", late));
            err.flush();
        }
    }

    private static void checkComparable(List<Scenario> scenarios) throws UserError {
        Scenario base = scenarios.get(0);
        List<String> names = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (names.contains(s.name())) {
                throw new UserError("two scenarios are named '" + s.name() + "'; compare needs distinct names "
                        + "(set \"name\" in the files)");
            }
            names.add(s.name());
            if (!s.start().equals(base.start()) || s.months() != base.months()) {
                throw new UserError("'" + s.name() + "' runs " + s.start() + " to " + s.end() + " but the baseline '"
                        + base.name() + "' runs " + base.start() + " to " + base.end()
                        + "; compared scenarios must cover the same months");
            }
        }
    }

    private void announce(List<Scenario> scenarios, Path target) {
        if (settings.quiet) {
            return;
        }
        Scenario s = scenarios.get(0);
        err.printf(Locale.ROOT, "muhojir: %s, %s to %s, %d replication%s each, %s (%,d), seed %d, "
                        + "%d thread%s%n", names(scenarios), s.start(), s.end(), settings.replications,
                settings.replications == 1 ? "" : "s", share(s.population().sampleFraction()),
                s.population().simulatedHouseholds(), settings.seed, settings.threads(),
                settings.threads() == 1 ? "" : "s");
        err.flush();
    }

    private int runAndWrite(String command, List<Scenario> scenarios, List<LoadedScenario> loaded, Path target,
                            boolean compare) throws IOException, UserError {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "muhojir-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        OutputFolder folder = null;
        try {
            Instant started = Instant.now();
            Progress progress = settings.quiet || System.console() == null ? Progress.NONE
                    : new ConsoleProgress(System.err);
            List<List<RunResult>> results = new Replicator(settings.threads(), progress, stop)
                    .run(scenarios, settings.seed, settings.replications);
            Instant ended = Instant.now();
            List<ScenarioRuns> cubes = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                cubes.add(new ScenarioRuns(scenarios.get(i), results.get(i)));
            }
            RunInfo info = new RunInfo(command, commandLine, Version.get(), settings.seed, settings.replications,
                    settings.threads(), started, ended, loaded.stream().map(LoadedScenario::inputs).toList());
            folder = begin(target);
            extraFiles.write(folder.staging(), cubes);
            List<String> files = Outputs.write(folder.staging(), cubes, compare, info);
            if (stop.get()) {
                throw new StoppedException(0, 0);
            }
            folder.commit();
            folder = null;
            report(target, files, info);
            return 0;
        } catch (StoppedException e) {
            stopped(e, target);
            return MuhojirCommand.STOPPED;
        } catch (FileAlreadyExistsException e) {
            throw new UserError("the output folder " + target + " appeared while the scenarios ran; nothing was "
                    + "written (use --force to replace it)");
        } finally {
            if (folder != null) {
                folder.abandon();
            }
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping (Ctrl-C): the hook is running and has been released above
            }
        }
    }

    private OutputFolder begin(Path target) throws UserError, FileAlreadyExistsException {
        try {
            return OutputFolder.begin(target, settings.force);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new UserError("cannot write the output folder " + target + ": " + e + "; choose another with "
                    + "--out");
        }
    }

    private void report(Path target, List<String> files, RunInfo info) {
        Path shown = relative(target);
        if (!settings.quiet) {
            err.printf(Locale.ROOT, "muhojir: done in %.1f s; wrote %s in %s%n", info.wallSeconds(),
                    String.join(", ", files), shown);
            err.flush();
        }
        out.println(shown.resolve("report.html"));
        out.flush();
    }

    private void stopped(StoppedException e, Path target) {
        String what = e.monthsTotal() > 0 ? String.format(Locale.ROOT, " after %,d of %,d simulated months",
                e.monthsDone(), e.monthsTotal()) : " while writing the outputs";
        String kept = Files.exists(target) ? relative(target) + " from an earlier run is kept as it was."
                : relative(target) + " was not created.";
        err.println();
        err.println("muhojir: stopped by Ctrl-C" + what + ". Nothing was written: " + kept);
        err.flush();
    }

    private static Path relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p) : p;
    }

    private static String names(List<Scenario> scenarios) {
        return String.join(" vs ", scenarios.stream().map(Scenario::name).toList());
    }

    private static String share(double f) {
        return f >= 1 ? "every household" : (f >= 0.01 ? String.format(Locale.ROOT, "%.0f%%", f * 100)
                : String.format(Locale.ROOT, "%.2g%%", f * 100)) + " of households";
    }
}
