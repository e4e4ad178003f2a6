package org.muhojir.scenarios.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.core.Muhojir;
import org.muhojir.core.scenario.Scenario;

class DrawsTest {
    @TempDir
    Path dir;

    private final Scenario base = Muhojir.defaultScenario();

    private Path file(String text) throws Exception {
        Path f = dir.resolve("f.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsAFileOfDraws() throws Exception {
        Draws d = Draws.read(file("behaviour.considerRate,economy.savingRate\n0.05,0.1\n0.06,0.12\n"));
        assertEquals(List.of("behaviour.considerRate", "economy.savingRate"), d.names());
        assertArrayEquals(new double[] {0.06, 0.12}, d.values()[1]);
    }

    @Test
    void aBadCellIsNamedWithItsLine() throws Exception {
        Path f = file("behaviour.considerRate,economy.savingRate\n0.05,0.1\n0.06,x\n");
        Draws.FileProblem p = assertThrows(Draws.FileProblem.class, () -> Draws.read(f));
        assertTrue(p.getMessage().endsWith("f.csv:3: cell 2 is not a number: 'x'"), p.getMessage());
    }

    @Test
    void aFileWithSemicolonsBetweenCellsIsSaidToBeOne() throws Exception {
        Path f = file("\nbehaviour.considerRate;economy.savingRate\n0,05;0,1\n");
        Draws.FileProblem p = assertThrows(Draws.FileProblem.class, () -> Draws.read(f));
        assertTrue(p.getMessage().endsWith("f.csv:2: the cells are separated by ';', as spreadsheets write CSV where "
                + "a comma is the decimal mark: save the file with commas between cells and points in numbers (0.25)"),
                p.getMessage());
    }

    @Test
    void drawsFromATruncatedNormalReproduciblyWithinTheBounds() throws Exception {
        // considerRate 0.01..0.20: a mean of 0.05 with sd 0.02 is cut at 0.01 (2 sd below) now and then
        Path f = file("parameter,mean,behaviour.considerRate,behaviour.returnHazard\n"
                + "behaviour.considerRate,0.05,0.0004,0.0001\nbehaviour.returnHazard,0.08,0.0001,0.0004\n");
        Draws a = Draws.normal(f, base, 2000, 9);
        Draws b = Draws.normal(f, base, 2000, 9);
        assertArrayEquals(a.values(), b.values(), "the same seed, the same draws");
        double sum = 0;
        for (double[] x : a.values()) {
            assertTrue(x[0] >= 0.01 && x[0] <= 0.20 && x[1] >= 0.01 && x[1] <= 0.20, "within the bounds");
            sum += x[1];
        }
        assertEquals(0.08, sum / 2000, 0.002, "the mean of a coordinate 3.5 sd from its bounds");
    }

    @Test
    void aCovarianceThatIsNotPositiveSemiDefiniteIsAProblemOfTheFile() throws Exception {
        Path f = file("parameter,mean,behaviour.considerRate,behaviour.returnHazard\n"
                + "behaviour.considerRate,0.05,0.0004,0.001\nbehaviour.returnHazard,0.08,0.001,0.0004\n");
        Draws.FileProblem p = assertThrows(Draws.FileProblem.class, () -> Draws.normal(f, base, 10, 1));
        assertTrue(p.getMessage().contains("positive semi-definite"), p.getMessage());
    }

    @Test
    void anUncertaintyRunsOwnDrawsFileReadsBackAndASpreadsheetsMarkIsIgnored() throws Exception {
        Draws d = Draws.read(file("\uFEFFdraw,behaviour.considerRate,economy.savingRate\n0,0.05,0.1\n1,0.06,0.12\n"));
        assertEquals(List.of("behaviour.considerRate", "economy.savingRate"), d.names());
        assertArrayEquals(new double[] {0.06, 0.12}, d.values()[1]);
    }

    @Test
    void aParameterNamedTwiceIsRefused() throws Exception {
        Path f = file("behaviour.considerRate,behaviour.considerRate\n0.05,0.06\n");
        Draws.FileProblem p = assertThrows(Draws.FileProblem.class, () -> Draws.read(f));
        assertTrue(p.getMessage().contains("f.csv:1: the header names 'behaviour.considerRate' twice"), p.getMessage());
    }
}
