package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.display.Console;

/**
 * MASON's Console lists the simulations of its "New Simulation..." dialog from the first
 * {@code sim/display/simulation.classes} on the class path. MASON's own lists its Java3D demos, and probing them
 * printed a Java3D warning at every start; the visualizer's own copy comes first and lists only itself.
 */
class MasonClassListTest {
    @Test
    void theConsoleFindsTheVisualizersClassListWithOnlyItself() throws IOException {
        List<String> entries;
        try (InputStream in = Console.class.getResourceAsStream("simulation.classes")) {
            assertNotNull(in, "no simulation.classes on the class path");
            entries = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).toList();
        }
        assertEquals(List.of("ONLY", "NAME: Muhojir", MuhojirWithUI.class.getName()), entries);
    }
}
