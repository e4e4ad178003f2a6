package org.muhojir.core.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.ModelAtStart;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * A batch that keeps its states at the first reported month in a start store, and a later batch that continues from
 * them: the same results as fresh runs, draw for draw, with the months before the start simulated once.
 */
class StartStoreTest {
    private static final long SEED = 7;
    private static final Scenario BASE = Muhojir.defaultScenario().withSampleFraction(0.003)
            .withPeriod(Muhojir.defaultScenario().start(), 6);
    private static final Scenario CLOSED = BASE.plusShocks(List.of(new ScheduledShock(
            BASE.start().plusMonths(1), 3, new BorderClosure(Destination.RUSSIA))));

    /** A store in memory that writes and reads each state as bytes, as a folder would, and counts what it does. */
    private static final class BytesStore implements StartStore {
        final Map<String, byte[]> kept = new ConcurrentHashMap<>();
        final List<String> found = new ArrayList<>();

        @Override
        public synchronized Optional<ModelAtStart> find(String key, Scenario scenario) {
            byte[] bytes = kept.get(key);
            if (bytes == null) {
                return Optional.empty();
            }
            found.add(key);
            try {
                return Optional.of(ModelAtStart.readFrom(new ByteArrayInputStream(bytes), scenario));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void keep(String key, ModelAtStart state) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                state.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kept.put(key, out.toByteArray());
        }
    }

    private static List<List<RunResult>> run(List<Scenario> scenarios, StartStore store) throws StoppedException {
        return run(scenarios, store, 1);
    }

    private static List<List<RunResult>> run(List<Scenario> scenarios, StartStore store, int threads)
            throws StoppedException {
        return new Replications(RunOptions.seed(SEED).withThreads(threads), 2, 2, MonthProgress.NONE, () -> false)
                .withStartStore(store).run(scenarios);
    }

    @Test
    void aLaterBatchContinuesFromTheKeptStatesWithTheResultsOfFreshRuns() throws StoppedException {
        BytesStore store = new BytesStore();
        List<List<RunResult>> first = run(List.of(BASE), store);
        assertEquals(2, store.kept.size(), "one state a replication");
        assertTrue(store.found.isEmpty());
        List<List<RunResult>> again = run(List.of(BASE, CLOSED), store, 2);
        assertEquals(2, store.found.size(), "each replication continues from its kept state, on two threads");
        for (int k = 0; k < 2; k++) {
            RunOptions o = RunOptions.seed(SEED).withReplication(k);
            assertEquals(Muhojir.run(BASE, o).months(), first.get(0).get(k).months(), "kept, replication " + k);
            assertEquals(Muhojir.run(BASE, o).months(), again.get(0).get(k).months(), "found, replication " + k);
            assertEquals(Muhojir.run(CLOSED, o).months(), again.get(1).get(k).months(), "policy, replication " + k);
        }
    }

    @Test
    void progressCountsTheMonthsBeforeTheStartOnlyWhereTheyAreSimulated() throws StoppedException {
        BytesStore store = new BytesStore();
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        MonthProgress heard = (d, t) -> {
            done.incrementAndGet();
            total.set(t);
        };
        new Replications(RunOptions.seed(SEED), 2, 1, heard, () -> false).withStartStore(store).run(List.of(BASE));
        long before = BASE.warmUpMonths() + BASE.historyMonths();
        assertEquals(2 * (before + 6), done.get(), "two replications: their warm-up, history and 6 months");
        assertEquals(done.get(), total.get());
        done.set(0);
        new Replications(RunOptions.seed(SEED), 2, 1, heard, () -> false).withStartStore(store).run(List.of(BASE));
        assertEquals(2 * 6, done.get(), "continued from the kept states: the reported months only");
        assertEquals(done.get(), total.get(), "the total says so once the states are found");
    }

    @Test
    void aStateThatDoesNotRestoreIsSimulatedAgainAndReplaced() throws StoppedException {
        BytesStore store = new BytesStore();
        run(List.of(BASE), store);
        store.kept.replaceAll((key, bytes) -> java.util.Arrays.copyOf(bytes, bytes.length / 2));
        List<List<RunResult>> runs = run(List.of(BASE), store);
        assertEquals(Muhojir.run(BASE, RunOptions.seed(SEED).withReplication(1)).months(),
                runs.get(0).get(1).months());
        assertEquals(2, store.found.size(), "found, but cut in half: simulated again");
        List<List<RunResult>> next = run(List.of(BASE), store);
        assertEquals(4, store.found.size(), "the states kept in their place are found by the next batch");
        assertEquals(runs.get(0).get(0).months(), next.get(0).get(0).months());
    }

    @Test
    void theKeyNamesWhatDecidesTheStateAndNothingElse() {
        RunOptions o = RunOptions.seed(SEED);
        String key = ModelAtStart.keyOf(BASE, o);
        assertEquals(key, ModelAtStart.keyOf(CLOSED, o), "a policy from the first reported month on");
        assertEquals(key, ModelAtStart.keyOf(BASE.withPeriod(BASE.start(), 24), o), "a longer run");
        assertEquals(key, ModelAtStart.keyOf(BASE, o.withThreads(2)), "the threads: the results do not depend on them");
        assertNotEquals(key, ModelAtStart.keyOf(BASE, o.withReplication(1)));
        assertNotEquals(key, ModelAtStart.keyOf(BASE, RunOptions.seed(SEED + 1)));
        assertNotEquals(key, ModelAtStart.keyOf(BASE.withSampleFraction(0.004), o));
        assertNotEquals(key, ModelAtStart.keyOf(BASE.withPeriod(BASE.start().plusMonths(1), 6), o),
                "a later start: another history");
        assertEquals(64, key.length(), "SHA-256 in hexadecimal");
    }
}
