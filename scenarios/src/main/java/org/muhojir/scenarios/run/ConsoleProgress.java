package org.muhojir.scenarios.run;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.muhojir.core.replication.MonthProgress;

/**
 * A progress bar of simulated months on the terminal's error stream, drawn by the {@code me.tongfei:progressbar}
 * library five times a second on one line: {@code simulated 45% [=====>    ] 1161/2580 (0:00:02 / 0:00:03) 540
 * months/s}. The months are every month the batch simulates, the warm-up and history before each run's first reported
 * month included ({@link MonthProgress}); the total is the batch's as it last said. Closing it draws the last state
 * (100% when the batch completed) and ends the line.
 */
public final class ConsoleProgress implements MonthProgress, AutoCloseable {
    /** Width meaning "the terminal's width" (asked of the terminal by the library, through JLine). */
    public static final int TERMINAL_WIDTH = 0;

    private final ProgressBar bar;

    /**
     * @param out   where the bar is drawn
     * @param width characters the bar's line takes at most, or {@link #TERMINAL_WIDTH}
     */
    public ConsoleProgress(PrintStream out, int width) {
        bar = new ProgressBarBuilder().setTaskName("simulated")
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS).setUnit(" months", 1)
                .setConsumer(new ConsoleProgressBarConsumer(out, width)).build();
    }

    @Override
    public synchronized void monthSimulated(long done, long total) {
        bar.maxHint(total);
        bar.step();
    }

    /** Months counted so far. */
    long current() {
        return bar.getCurrent();
    }

    @Override
    public void close() {
        bar.close();
    }
}
