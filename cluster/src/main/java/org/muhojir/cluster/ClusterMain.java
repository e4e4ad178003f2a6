package org.muhojir.cluster;

import java.io.PrintWriter;
import java.util.List;
import org.muhojir.scenarios.cli.Main;
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

    private ClusterMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given streams and returns its exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        SparkOptions spark = new SparkOptions();
        CommandLine cl = Main.commandLine(args, out, err, parallel -> new SparkEngine(spark));
        cl.setCommandName("muhojir-cluster");
        for (String name : ON_SPARK) {
            cl.getSubcommands().get(name).addMixin("spark", spark);
        }
        return cl.execute(args);
    }
}
