package org.muhojir.scenarios.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Ctrl-C (SIGINT), SIGTERM or SIGHUP (any signal that runs the JVM's shutdown hooks) while a batch runs: the hook
 * asks the batch to stop between two months and then holds the JVM open (up to a minute) until the batch has cleaned
 * up after itself, so that nothing half-written is left behind. The JVM then exits with 128 plus the signal's
 * number, as shells report it: 130 after Ctrl-C, 143 after SIGTERM. Java does not tell a hook which signal came, so
 * the messages name both. Open it around the batch with try-with-resources.
 */
final class CtrlC implements BooleanSupplier, AutoCloseable {
    /** Longest the JVM waits for the batch to clean up once Ctrl-C is pressed. */
    private static final long WAIT_SECONDS = 60;

    private final AtomicBoolean pressed = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stop, "muhojir-ctrl-c");

    CtrlC() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether Ctrl-C was pressed. */
    @Override
    public boolean getAsBoolean() {
        return pressed.get();
    }

    private void stop() {
        pressed.set(true);
        try {
            finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The batch has cleaned up: a pressed Ctrl-C may now end the JVM. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is stopping (Ctrl-C): the hook is running and has been released above
        }
    }
}
