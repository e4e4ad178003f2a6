package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.scenario.Scenario;
import sim.engine.SimState;

/**
 * MASON checkpoints: a run interrupted after some months, written with {@code writeToCheckpoint(OutputStream)}, read
 * back with {@code SimState.readFromCheckpoint(InputStream)} and finished, equals the uninterrupted run, outcome for
 * outcome and event for event (observers are not saved, so one is added again after reading).
 *
 * <p>The scenario has shocks in force across the checkpoint, quota places partly used within the year, bans and
 * perceived risks built up: all of it must survive. Cases: 12 of 24 months (the end of a year); 7 of 24 (mid-year,
 * a raid wave and quota places in use); 6 of 12 on two threads over three chunks.
 */
class CheckpointTest {

    @ParameterizedTest(name = "{0}% sample, {2} threads: checkpoint after {1} of {3} months")
    @CsvSource({"1, 12, 1, 24", "1, 7, 1, 24", "5, 6, 2, 12"})
    void resumingFromACheckpointEqualsAnUninterruptedRun(int percent, int checkpointAfter, int threads, int months)
            throws Exception {
        Scenario s = RunFixtures.shocked(percent / 100.0, months);
        RunOptions options = RunOptions.seed(RunFixtures.SEED).withThreads(threads);
        EventLog uninterruptedEvents = new EventLog();
        MuhojirModel uninterrupted = new MuhojirModel(s, options);
        uninterrupted.addObserver(uninterruptedEvents);
        uninterrupted.start();
        List<MonthlyOutcome> expected = uninterrupted.runToEnd();

        // the interrupted run is watched, as in the GUI: observers are not part of the checkpoint
        EventLog firstEvents = new EventLog();
        MuhojirModel first = new MuhojirModel(s, options);
        first.addObserver(firstEvents);
        first.start();
        for (int m = 0; m < checkpointAfter; m++) {
            first.stepMonth();
        }
        ByteArrayOutputStream checkpoint = new ByteArrayOutputStream();
        first.writeToCheckpoint(checkpoint);

        MuhojirModel resumed = (MuhojirModel) SimState.readFromCheckpoint(
                new ByteArrayInputStream(checkpoint.toByteArray()));
        EventLog resumedEvents = new EventLog();
        resumed.addObserver(resumedEvents);
        assertEquals(checkpointAfter, resumed.outcomes().size(), "months already simulated");
        assertEquals(expected, resumed.runToEnd());
        EventLog.assertSameStream(eventsFrom(uninterruptedEvents, s, checkpointAfter), resumedEvents.events);

        // writing a checkpoint does not disturb the run that wrote it, nor its observers
        assertEquals(expected, first.runToEnd());
        EventLog.assertSameStream(uninterruptedEvents.events, firstEvents.events);
    }

    private static List<ModelEvent> eventsFrom(EventLog log, Scenario s, int month) {
        return log.events.stream().filter(e -> !e.month().isBefore(s.start().plusMonths(month))).toList();
    }
}
