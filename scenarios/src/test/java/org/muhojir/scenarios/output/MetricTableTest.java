package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.Metric;

/** docs/outputs.md lists every metric of the catalogue, as the catalogue describes it today. */
class MetricTableTest {
    private static final Path DOC = Path.of("..", "docs", "outputs.md");

    @Test
    void theDocumentHasTodaysTableWithARowPerMetricSayingItsUnitAndAggregation() throws IOException {
        String table = MetricTable.markdown();
        for (Metric m : Metric.values()) {
            assertTrue(table.contains("| `" + m.tidyName() + "` |"), m.tidyName());
        }
        assertTrue(table.contains("| `remittances_share_of_gdp` | `all` | share (0 to 1) | `share` | ratio: sum of "
                + "`remittances_received_usd` / sum of `gdp_usd` | share (0 to 1) |"), table);
        assertTrue(table.contains("| `departures` | each destination, `all` | persons | `persons` | sum of the months "
                + "| persons per year |"), table);
        String doc = Files.readString(DOC);
        assertEquals(MetricTable.replaceGenerated(doc), doc, "regenerate the table: see 'The catalogue' in "
                + "docs/outputs.md");
    }
}
