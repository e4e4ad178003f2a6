package org.muhojir.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.muhojir.core.calibration.YearMoment;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.ensemble.AnnualTable;
import org.muhojir.scenarios.ensemble.Detail;
import org.muhojir.scenarios.ensemble.Ensemble;
import org.muhojir.scenarios.ensemble.RunRecord;

/**
 * {@code runs.parquet}: every run of an ensemble in tidy (long) form, for ensembles too large for CSV. With yearly
 * values ({@link Detail#ANNUAL} or more) the columns of {@code runs.csv}: scenario, point, replication, year,
 * months, metric, group, value; for a Sobol analysis (moments only): scenario, point, replication, outcome, value.
 * Written by Spark (a folder of part files, as Parquet readers expect).
 */
final class ParquetRuns {
    /** The folder's name. */
    static final String NAME = "runs.parquet";

    private ParquetRuns() {
    }

    static List<String> write(SparkSession spark, Path folder, Ensemble e, List<RunRecord> records) {
        boolean annual = e.detail() != Detail.MOMENTS;
        List<Row> rows = annual ? annualRows(e, records) : momentRows(e, records);
        StructType schema = annual ? annualSchema() : momentSchema();
        spark.createDataFrame(rows, schema).write().parquet(folder.resolve(NAME).toString());
        return List.of(NAME);
    }

    private static StructType annualSchema() {
        return new StructType().add("scenario", DataTypes.StringType, false)
                .add("point", DataTypes.IntegerType, false).add("replication", DataTypes.IntegerType, false)
                .add("year", DataTypes.IntegerType, false).add("months", DataTypes.IntegerType, false)
                .add("metric", DataTypes.StringType, false).add("group", DataTypes.StringType, false)
                .add("value", DataTypes.DoubleType, false);
    }

    private static StructType momentSchema() {
        return new StructType().add("scenario", DataTypes.StringType, false)
                .add("point", DataTypes.IntegerType, false).add("replication", DataTypes.IntegerType, false)
                .add("outcome", DataTypes.StringType, false).add("value", DataTypes.DoubleType, false);
    }

    private static List<Row> annualRows(Ensemble e, List<RunRecord> records) {
        List<Row> rows = new ArrayList<>();
        for (RunRecord r : records) {
            Scenario s = e.scenarios().get(r.item().scenario());
            AnnualTable t = AnnualTable.of(s);
            for (int y = 0; y < t.years().size(); y++) {
                for (int k = 0; k < t.rows().size(); k++) {
                    rows.add(RowFactory.create(s.name(), r.item().point(), r.item().replication(), t.years().get(y),
                            t.months().get(y), t.rows().get(k).name(), t.rows().get(k).group(), t.value(r, y, k)));
                }
            }
        }
        return rows;
    }

    private static List<Row> momentRows(Ensemble e, List<RunRecord> records) {
        List<Row> rows = new ArrayList<>();
        List<YearMoment> moments = e.moments();
        for (RunRecord r : records) {
            String name = e.scenarios().get(r.item().scenario()).name();
            for (int o = 0; o < moments.size(); o++) {
                rows.add(RowFactory.create(name, r.item().point(), r.item().replication(), moments.get(o).label(),
                        r.moments()[o]));
            }
        }
        return rows;
    }
}
