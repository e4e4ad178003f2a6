package org.muhojir.scenarios.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.Metric;

/** The battery's file format: columns, comments, and errors that name the line. */
class ExpectationsFileTest {
    @Test
    void readsEachColumnAndSkipsCommentsAndBlankLines() {
        List<Expectation> read = ExpectationsFile.parse("test", List.of(
                "# a comment", "",
                "consul/deportations-russia | deportations | Russia | 2024 | relative | -0.55 to -0.4 | halved | ODD",
                "raids/bans | bans_in_force | all | 2025 | difference | up | bans follow |"));
        assertEquals(2, read.size());
        Expectation consul = read.get(0);
        assertEquals(new Outcome(Metric.DEPORTATIONS, "Russia", 2024, Outcome.Scale.RELATIVE), consul.outcome());
        assertEquals(Expected.between(-0.55, -0.4), consul.expected());
        assertEquals(Policies.named("consul"), consul.shocks());
        assertEquals("halved", consul.reason());
        assertEquals("ODD", consul.source());
        assertEquals(Expected.up(), read.get(1).expected());
        assertEquals("", read.get(1).source());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExpectationsFile.parse(
                "battery.txt", List.of("# header", "raids/bans | bans_in_force | all | 2024 | difference | sideways "
                        + "| r | s")));
        assertEquals("battery.txt:2: expected is up, down or 'LOW to HIGH', was 'sideways'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ExpectationsFile.parse("b", List.of(
                "coup/bans | bans_in_force | all | 2024 | difference | up | r | s")));
        assertEquals(true, e.getMessage().startsWith("b:1: no policy is called 'coup'"), e.getMessage());
    }

    @Test
    void theStandardBatteryReadsAndNamesEachExpectationOnce() {
        assertEquals(63, new ResponseBattery(ExpectationsFile.standard()).expectations().size());
    }
}
