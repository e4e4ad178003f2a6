package org.muhojir.scenarios.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Apache Spark is only in the cluster module: the plain command line's class path (scenarios' runtime, a part of its
 * test class path) holds none of it, so {@code ./muhojir} stays small and starts fast.
 */
class NoSparkOnTheCommandLineTest {
    @Test
    void sparkIsNotOnScenariosClassPath() {
        for (String name : new String[] {"org.apache.spark.SparkContext", "org.apache.spark.sql.SparkSession",
            "scala.Predef"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
        }
    }
}
