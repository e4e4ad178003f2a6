package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.scenarios.responses.Check;
import org.muhojir.scenarios.responses.Expectation;
import org.muhojir.scenarios.responses.ResponseBattery;
import org.muhojir.scenarios.responses.Verdict;

/** {@code muhojir check-responses}: one row per expectation with a verdict, and clear errors. */
class CheckResponsesCommandTest {
    @Test
    void printsARowWithAVerdictForEveryExpectationAndACount() {
        Cli c = Cli.run("check-responses", "--sample", "0.003", "-r", "2");
        assertEquals(0, c.code(), c.toString());
        List<String> lines = c.out().lines().toList();
        List<Expectation> battery = ResponseBattery.standard().expectations();
        for (Expectation e : battery) {
            String row = lines.stream().filter(l -> l.startsWith(e.name() + " ")).findFirst().orElseThrow(
                    () -> new AssertionError("no row for " + e.name() + "\n" + c));
            assertTrue(row.contains(e.outcome().describe()), row);
            assertTrue(row.matches(".*(pass|fail|inconclusive)$"), row);
        }
        assertTrue(c.out().contains(battery.size() + " expectations: "), c.toString());
    }

    @Test
    void oneReplicationIsRefusedWithAClearMessage() {
        Cli c = Cli.run("check-responses", "-r", "1");
        assertEquals(MuhojirCommand.USER_ERROR, c.code());
        assertEquals("error: --replications must be at least 2 for an interval, was 1", c.err().strip());
        Cli many = Cli.run("check-responses", "-r", "1001");
        assertEquals(MuhojirCommand.USER_ERROR, many.code());
        assertEquals("error: --replications must be between 2 and 1000, was 1001", many.err().strip(),
                "the command's own range, as its help says");
    }

    @Test
    void aFailedExpectationExitsWithThreeNotTheCodeOfABug() {
        Expectation e = ResponseBattery.standard().expectations().get(0);
        ConfidenceInterval measured = ConfidenceInterval.of(new double[] {1, 2});
        assertEquals(3, CheckResponsesCommand.exitCode(List.of(new Check(e, measured, Verdict.PASS),
                new Check(e, measured, Verdict.FAIL))));
        assertEquals(0, CheckResponsesCommand.exitCode(List.of(new Check(e, measured, Verdict.PASS),
                new Check(e, measured, Verdict.INCONCLUSIVE))));
    }

    @Test
    void theHelpsSayThatThreeMeansAFailedExpectation() {
        String own = Cli.run("check-responses", "--help").out().replaceAll("\\s+", " ");
        assertTrue(own.contains("Exit code 3 if any expectation fails"), own);
        String top = Cli.run("--help").out().replaceAll("\\s+", " ");
        assertTrue(top.contains("1 internal error (a bug); 2 a problem"), top);
        assertTrue(top.contains("3 an expectation of check-responses failed"), top);
    }

    @Test
    void theHelpGivesTheReplicationsItAccepts() {
        String help = Cli.run("check-responses", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--replications=N Replications per policy (2 to 1000: an interval needs at least "
                + "2)"), help);
        assertTrue(!help.contains("1 to 1000"), help);
    }
}
