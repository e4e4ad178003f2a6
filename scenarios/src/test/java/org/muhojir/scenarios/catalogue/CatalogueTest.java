package org.muhojir.scenarios.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.scenarios.load.ScenarioLoader;

/** Every bundled scenario loads, tells its story and runs a short horizon. */
class CatalogueTest {
    static List<String> names() {
        return Catalogue.bundled().names();
    }

    @Test
    void theIndexListsExactlyTheFilesInTheVisibleFolder() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("catalogue"))) {
            List<String> files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            assertEquals(files, names().stream().sorted().toList());
        }
        assertEquals(13, names().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void loadsTellsItsStoryAndRunsAShortHorizon(String name) throws Exception {
        Scenario s = ScenarioLoader.standard().load(name).scenario();
        assertEquals(name, s.name(), "the name inside the file is its file name");
        assertTrue(s.description().split(" ").length >= 60, "a paragraph saying what story it tells and shows");
        assertTrue(name.startsWith("baseline") || !s.shocks().isEmpty() || !s.events().equals(
                TajikistanDefaults.events()), "a policy scenario has shocks, a counterfactual other events");
        // 2023-01 to 2024-12 reaches the events and shocks of 2024, later shocks left out (baseline-2010: 2010-01 to
        // 2011-12); 0.002 of 1.65 million
        // is about 3,300 households
        Scenario quick = s.withSampleFraction(0.002).withPeriod(s.start(), 24);
        RunResult r = Muhojir.run(quick, RunOptions.seed(3));
        assertEquals(24, r.months().size());
        assertEquals(s.start().plusMonths(23), r.last().month());
        assertTrue(r.last().abroadTotal() > 0);
        assertFalse(Double.isNaN(r.last().remittancesReceivedUsd()));
    }
}
