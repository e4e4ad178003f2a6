package org.muhojir.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.scenarios.json.Source;

/** The heading of a failure names its files and counts their problems in words a reader expects. */
class ScenarioFileExceptionTest {
    private static ScenarioFileException failing(String file, int problems) {
        List<ScenarioProblem> list = new ArrayList<>();
        for (int i = 0; i < problems; i++) {
            list.add(new ScenarioProblem(new Source(file, i + 1, 1, "$"), "$.x", "wrong"));
        }
        return new ScenarioFileException(file, list);
    }

    @Test
    void oneFileHasItsProblemsAndSeveralHaveThemBetweenThem() {
        assertEquals("a.json has 1 problem", failing("a.json", 1).getMessage());
        ScenarioFileException both = ScenarioFileException.combine(List.of(
                new ScenarioFileException.Part("a.json", failing("a.json", 1)),
                new ScenarioFileException.Part("b.json", failing("b.json", 2))));
        assertEquals("a.json and b.json have 3 problems between them", both.getMessage());
        assertEquals(3, both.problems().size());
    }
}
