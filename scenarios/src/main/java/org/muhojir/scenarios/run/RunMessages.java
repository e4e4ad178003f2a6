package org.muhojir.scenarios.run;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.output.Numbers;
import org.muhojir.scenarios.output.RunInfo;

/** What a batch tells the user: what it runs, what it wrote, why it stopped; the report's path on {@code out}. */
record RunMessages(PrintWriter out, PrintWriter err, RunSettings settings) {
    /**
     * Says which of the shocks of {@code s} (as its file has it) and of its world's dated events a run shortened to end
     * in {@code end} ends before (they are left out), and returns the warning for the report (empty if there is none).
     */
    List<String> warnOfShocksAfter(Scenario s, YearMonth end) {
        if (settings.months() == null) {
            return List.of();
        }
        List<String> late = new java.util.ArrayList<>(s.shocks().stream().filter(shock -> shock.start().isAfter(end))
                .map(shock -> shock.shock().type() + " from " + shock.start()).toList());
        int shocks = late.size();
        for (WorldEvent e : s.events()) {
            // each of its shocks the scenario reaches and the run does not
            YearMonth first = e.shocks().stream().map(ScheduledShock::start)
                    .filter(start -> start.isAfter(end) && !start.isAfter(s.end())).min(YearMonth::compareTo)
                    .orElse(null);
            if (first != null) {
                late.add("the world's event " + e.name() + " from " + first);
            }
        }
        if (late.isEmpty()) {
            return List.of();
        }
        String what = shocks == 0 ? (late.size() == 1 ? "one of the world's dated events starts"
                : late.size() + " of the world's dated events start")
                : late.size() == shocks ? shocks + " of its shocks start"
                : shocks + " of its shocks and " + (late.size() - shocks) + " of the world's dated events start";
        String warning = String.format(Locale.ROOT, "with --months %d, '%s' ends in %s, before %s; they are not "
                + "simulated: %s", settings.months(), s.name(), end, what, String.join(", ", late));
        if (!settings.quiet()) { // the report lists it either way
            err.println("muhojir: warning: " + warning);
            err.flush();
        }
        return List.of(warning);
    }

    /** Prints what the loader found legal but probably not meant (unless quiet: the report lists it too). */
    void warnOfImplausible(LoadedScenario l) {
        if (settings.quiet()) {
            return;
        }
        l.warningLines().forEach(w -> err.println("muhojir: warning: " + w));
        err.flush();
    }

    /** Warns that the range over too few parameter draws is little more than their extremes. */
    void warnOfFewDraws(String source) {
        if (settings.quiet() || settings.replications() >= FEW_DRAWS) {
            return;
        }
        err.printf(Locale.ROOT, "muhojir: warning: %d replications over the parameter draws of %s: the 95%% range of "
                + "so few draws is little more than their smallest and largest value; use --replications %d or "
                + "more%n", settings.replications(), source, FEW_DRAWS);
        err.flush();
    }

    /** Fewer replications than this make a poor 95% range over parameter draws. */
    static final int FEW_DRAWS = 20;

    void announce(List<Scenario> scenarios) {
        if (settings.quiet()) {
            return;
        }
        Scenario s = scenarios.get(0);
        int r = settings.replications();
        err.printf(Locale.ROOT, "muhojir: %s, %s to %s%s, %d replication%s each, %s (%,d), seed %d, "
                        + "%d thread%s%n", String.join(" vs ", scenarios.stream().map(Scenario::name).toList()),
                s.start(), s.end(), simulatedFrom(s), r, r == 1 ? "" : "s", share(s.population().sampleFraction()),
                s.population().simulatedHouseholds(), settings.seed(), settings.threads(),
                settings.threads() == 1 ? "" : "s");
        err.flush();
    }

    /** Where the simulation starts, when it is not the first reported month: its history and warm-up. */
    private static String simulatedFrom(Scenario s) {
        boolean history = s.firstSimulatedMonth().isBefore(s.start());
        if (!history && s.warmUpMonths() == 0) {
            return "";
        }
        String warmUp = s.warmUpMonths() > 0 ? "after a " + s.warmUpMonths() + "-month warm-up" : "with no warm-up";
        return " (" + (history ? "simulated from " + s.firstSimulatedMonth() + ", its history, " + warmUp : warmUp)
                + ")";
    }

    void done(Path target, List<String> files, RunInfo info) {
        Path shown = relative(target);
        if (!settings.quiet()) {
            err.printf(Locale.ROOT, "muhojir: done in %.1f s; wrote %s in %s%n", info.wallSeconds(),
                    String.join(", ", files), shown);
            err.flush();
        }
        out.println(shown.resolve("report.html"));
        out.flush();
    }

    void stopped(StoppedException e, Path target, boolean bySignal) {
        String what = e.monthsTotal() > 0 ? String.format(Locale.ROOT, " after %,d of %,d simulated months",
                e.monthsDone(), e.monthsTotal()) : " while writing the outputs";
        err.println();
        err.println(stoppedLine(bySignal, what, target, Files.exists(target)));
        err.flush();
    }

    /**
     * "muhojir: stopped by Ctrl-C or SIGTERM after WHAT. Nothing was written: DIR was not created." (or "DIR from an
     * earlier run is kept as it was." when {@code earlier}): what every command says when it is stopped.
     */
    static String stoppedLine(boolean bySignal, String what, Path target, boolean earlier) {
        return "muhojir: stopped" + (bySignal ? " by Ctrl-C or SIGTERM" : "") + what + ". Nothing was written: "
                + relative(target) + (earlier ? " from an earlier run is kept as it was." : " was not created.");
    }

    private static Path relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p) : p;
    }

    private static String share(double f) {
        return f >= 1 ? "every household" : Numbers.percent(f) + " of households";
    }

    /**
     * Says how many states at the first reported month the batch read from {@code store} (its runs continued from
     * them) and how many it kept there (unless quiet).
     */
    void startsKept(FolderStartStore store) {
        if (settings.quiet()) {
            return;
        }
        err.printf(Locale.ROOT, "muhojir: --start-cache: %d states at the first reported month read (their months "
                + "before it not simulated again), %d kept, in %s%n", store.found(), store.kept(), store.folder());
        err.flush();
    }
}
