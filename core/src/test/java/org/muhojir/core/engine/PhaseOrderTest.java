package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The monthly step's phases are the ODD's process overview (docs/ODD.md, section 3.1), in its order. */
class PhaseOrderTest {
    /** A row of the ODD's phase table: number, the phase's name, its class. */
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| ([^|]+) \\| `(\\w+)` \\|");

    @Test
    void thePhasesAreTheOddsInItsOrder() throws IOException {
        List<String> names = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "ODD.md"));
        int table = lines.indexOf("### 3.1 The monthly step");
        for (String line : lines.subList(table, lines.size())) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                assertEquals(names.size() + 1, Integer.parseInt(m.group(1)), line);
                names.add(m.group(2).strip());
            } else if (!names.isEmpty()) {
                break;
            }
        }
        assertEquals(names, MuhojirModel.PHASE_ORDER);
        assertEquals(MonthlyStep.COUNT, MuhojirModel.PHASE_ORDER.size());
    }
}
