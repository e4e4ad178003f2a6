package org.muhojir.scenarios.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioLoader;

/**
 * Each shock type's example in docs/scenario-reference.md, added to the bundled baseline as a policy analyst would
 * (a file that extends it), loads without a warning and changes what is in force in its first month: none repeats a
 * world's event word for word (a ban of 2024 or Turkey's visa, which changed nothing).
 */
class ReferenceExamplesTest {
    @TempDir
    Path dir;

    @Test
    void everyExampleLoadsWithoutAWarningAndChangesWhatIsInForce() throws Exception {
        Scenario baseline = ScenarioLoader.standard().load("baseline").scenario();
        for (Map.Entry<String, String> e : ReferenceTables.EXAMPLES.entrySet()) {
            Path file = Files.writeString(dir.resolve(e.getKey() + ".json"), "{\"schemaVersion\": 1, \"extends\": "
                    + "\"baseline\", \"shocks\": [{ \"type\": \"" + e.getKey() + "\", " + e.getValue() + " }]}");
            LoadedScenario loaded = ScenarioLoader.standard().load(file.toString());
            assertEquals(java.util.List.of(), loaded.warnings(), e.getKey());
            ScheduledShock shock = loaded.scenario().shocks().get(0);
            assertFalse(sameConditions(baseline, loaded.scenario(), shock.start()),
                    e.getKey() + "'s example changes nothing in " + shock.start());
        }
    }

    /** Whether every value of the two scenarios' conditions in {@code month} is the same. */
    private static boolean sameConditions(Scenario a, Scenario b, YearMonth month) throws IllegalAccessException {
        Conditions ca = new Conditions();
        Conditions cb = new Conditions();
        new Timeline(a).resolve(month, ca);
        new Timeline(b).resolve(month, cb);
        for (Field f : Conditions.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !Objects.deepEquals(f.get(ca), f.get(cb))) {
                return false;
            }
        }
        return true;
    }
}
