package org.muhojir.scenarios.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on the terminal's error stream, redrawn five times a second on one line:
 * {@code [#########.........]  45%  1,080/2,400 months  ETA 4 s}. Shown only when the batch lasts more than a
 * second, so quick runs print nothing.
 */
public final class ConsoleProgress implements Progress {
    private static final int WIDTH = 30;
    private static final long QUIET_MILLIS = 1000;

    private final PrintStream out;
    private final AtomicLong done = new AtomicLong();
    private ScheduledExecutorService ticker;
    private long total;
    private long startedNanos;
    private boolean drawn;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void start(long totalMonths) {
        total = Math.max(1, totalMonths);
        done.set(0);
        startedNanos = System.nanoTime();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "muhojir-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::draw, 200, 200, TimeUnit.MILLISECONDS);
    }

    @Override
    public void advance() {
        done.incrementAndGet();
    }

    @Override
    public synchronized void finish() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (drawn) {
            out.print("\r" + " ".repeat(WIDTH + 50) + "\r");
            out.flush();
        }
    }

    private synchronized void draw() {
        long elapsedMillis = (System.nanoTime() - startedNanos) / 1_000_000;
        if (elapsedMillis < QUIET_MILLIS || ticker == null) {
            return;
        }
        long d = done.get();
        double f = Math.min(1, (double) d / total);
        int filled = (int) Math.round(f * WIDTH);
        String eta = d == 0 ? "" : "  ETA " + seconds((long) (elapsedMillis * (1 - f) / Math.max(f, 1e-9)));
        out.print(String.format(Locale.ROOT, "\r[%s%s] %3d%%  %,d/%,d months%s   ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(f * 100), d, total, eta));
        out.flush();
        drawn = true;
    }

    private static String seconds(long millis) {
        long s = Math.round(millis / 1000.0);
        return s < 120 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }
}
