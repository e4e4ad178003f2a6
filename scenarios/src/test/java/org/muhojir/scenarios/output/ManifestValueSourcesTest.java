package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.scenarios.load.ScenarioLoader;

/** The manifest says which values of a run are assumptions, and where the others come from. */
class ManifestValueSourcesTest {
    @Test
    void aPolicyRunListsItsAssumptionsItsDataAndWhatItSetItself() throws Exception {
        JsonNode v = Manifest.valueSources(ScenarioLoader.standard().load("russia-crackdown-2026").scenario());
        List<String> assumptions = new ArrayList<>();
        v.get("assumption").forEach(n -> assumptions.add(n.asText()));
        assertTrue(assumptions.contains("population.workingAgeShare"), assumptions.toString());
        assertTrue(assumptions.contains("destinations[Russia].enforcement.raidHazardLegal"), assumptions.toString());
        assertFalse(assumptions.contains("economy.localWage"));
        assertEquals("data:avg_wage_tajikistan 2022 (1,730.12), stated at the price base year by macro.homeIncomes",
                v.get("data").get("economy.localWage").asText());
        assertTrue(v.get("calibrated").get("behaviour.considerRate").asText().startsWith("calibrated"));
        assertTrue(v.get("scenario").get("shocks[0]").asText().contains("raid wave in Russia"),
                v.get("scenario").toString());
        // the world's events carry their sources too: data and assumptions
        assertTrue(v.get("data").get("events[russia-exam-2024]").asText().startsWith("data:policy_events 2024-05"),
                v.get("data").toString());
        assertFalse(v.has("setting"), "the period and sample are settings of the run, not inputs");
    }
}
