package org.muhojir.cluster;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.muhojir.scenarios.cli.Main;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine;

/**
 * {@code muhojir-cluster}: the {@code muhojir} command line whose ensemble commands ({@code run}, {@code compare},
 * {@code sobol}, {@code uncertainty}) run their work items on Apache Spark, with {@code --master} and
 * {@code --partitions}; the other commands are as in {@code muhojir}. The outputs are the same files, plus
 * {@code runs.parquet}. See docs/ensembles.md.
 */
public final class ClusterMain {
    /** The commands that run on Spark. */
    static final List<String> ON_SPARK = List.of("run", "compare", "sobol", "uncertainty");
    /** The commands whose own start line does not name the engine ({@code sobol} and {@code uncertainty} do). */
    private static final List<String> SAY_ENGINE = List.of("run", "compare");

    private ClusterMain() {
    }

    public static void main(String[] args) {
        Main.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given streams and returns its exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        SparkOptions spark = new SparkOptions();
        boolean[] sayEngine = {false};
        CommandLine cl = Main.commandLine(args, out, err, parallel -> {
            SparkEngine engine = new SparkEngine(spark);
            if (sayEngine[0]) {
                err.printf(Locale.ROOT, "muhojir-cluster: the runs go to %s%n", engine.describe());
                err.flush();
            }
            return engine;
        });
        cl.setCommandName("muhojir-cluster");
        for (String name : ON_SPARK) {
            cl.getSubcommands().get(name).addMixin("spark", spark);
        }
        // a Spark master that cannot be parsed or reached is the user's mistake: one line and exit code 2
        CommandLine.IExecutionExceptionHandler handler = cl.getExecutionExceptionHandler();
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            SparkUserError mistake = SparkUserError.in(e);
            return handler.handleExecutionException(mistake != null ? mistake.userError() : e, command, parsed);
        });
        // --master and --partitions are checked before the command starts, so that a mistake writes nothing
        CommandLine.IExecutionStrategy strategy = cl.getExecutionStrategy();
        cl.setExecutionStrategy(parsed -> {
            CommandLine.ParseResult sub = parsed.subcommand();
            if (sub != null && ON_SPARK.contains(sub.commandSpec().name())) {
                try {
                    spark.check();
                } catch (UserError e) {
                    throw new CommandLine.ExecutionException(sub.commandSpec().commandLine(), e.getMessage(), e);
                }
                sayEngine[0] = SAY_ENGINE.contains(sub.commandSpec().name()) && !sub.hasMatchedOption("--quiet");
            }
            return strategy.execute(parsed);
        });
        return cl.execute(args);
    }
}
