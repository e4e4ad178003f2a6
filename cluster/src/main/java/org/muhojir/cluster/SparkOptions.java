package org.muhojir.cluster;

import java.util.regex.Pattern;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Option;

/**
 * Where the cluster launcher's commands run: {@code --master} and {@code --partitions}. Without {@code --master},
 * the master that {@code spark-submit} set ({@code spark.master}), else {@code local[*]}: Spark in this process on
 * every core, nothing to install. {@link #check} refuses a master Spark cannot parse and partitions below 1 before
 * anything starts.
 */
public final class SparkOptions {
    /** The master when neither --master nor spark-submit names one. */
    public static final String DEFAULT_MASTER = "local[*]";

    /** A positive whole number, as Spark's local masters take it (no sign, no leading zero). */
    private static final String POSITIVE = "[1-9]\\d*";

    /**
     * The masters Spark 4 accepts (SparkContext.createTaskScheduler): local, local[N], local[*], local[N,F],
     * local[*,F], local-cluster[N,C,M], spark://HOST:PORT (several comma separated), yarn, and k8s://... .
     */
    private static final Pattern MASTER = Pattern.compile("local"
            + "|local\\[(\\*|" + POSITIVE + ")(," + POSITIVE + ")?]"
            + "|local-cluster\\[\\s*" + POSITIVE + "\\s*,\\s*" + POSITIVE + "\\s*,\\s*" + POSITIVE + "\\s*]"
            + "|spark://[^\\s:/,]+:\\d+(,[^\\s:/,]+:\\d+)*"
            + "|yarn"
            + "|k8s://\\S+");

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (this process, every core; the default), local[N], "
                    + "spark://HOST:7077, yarn, k8s://... (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spark partitions of the work items, at least 1 (default: twice Spark's default "
                    + "parallelism). Results do not depend on it.")
    Integer partitions;

    /** The master asked for, or null to take spark-submit's or the default. */
    public String master() {
        return master;
    }

    /** The partitions asked for, or null for the default. */
    public Integer partitions() {
        return partitions;
    }

    /** Options for {@code master} with default partitions (for tests and programs). */
    public static SparkOptions of(String master, Integer partitions) {
        SparkOptions o = new SparkOptions();
        o.master = master;
        o.partitions = partitions;
        return o;
    }

    /** Refuses a master Spark would not parse and partitions below 1, saying what is accepted. */
    public void check() throws UserError {
        if (master != null) {
            checkMaster(master, "--master");
        }
        if (partitions != null && partitions < 1) {
            throw new UserError("--partitions must be at least 1 (got " + partitions + "); leave it out for twice "
                    + "Spark's default parallelism");
        }
    }

    /** Refuses a master Spark would not parse; {@code from} says where it was given (--master, spark.master). */
    static void checkMaster(String master, String from) throws UserError {
        if (!MASTER.matcher(master.strip()).matches()) {
            throw new UserError(from + " '" + master + "' is not a Spark master; use local[*] (every core of this "
                    + "machine), local[N] with N at least 1, spark://HOST:PORT, yarn or k8s://HOST:PORT");
        }
    }
}
