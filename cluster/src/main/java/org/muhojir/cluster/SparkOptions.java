package org.muhojir.cluster;

import picocli.CommandLine.Option;

/**
 * Where the cluster launcher's commands run: {@code --master} and {@code --partitions}. Without {@code --master},
 * the master that {@code spark-submit} set ({@code spark.master}), else {@code local[*]}: Spark in this process on
 * every core, nothing to install.
 */
public final class SparkOptions {
    /** The master when neither --master nor spark-submit names one. */
    public static final String DEFAULT_MASTER = "local[*]";

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (this process, every core; the default), local[N], "
                    + "spark://HOST:7077, yarn, k8s://... (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spark partitions of the work items (default: twice Spark's default parallelism). "
                    + "Results do not depend on it.")
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
}
