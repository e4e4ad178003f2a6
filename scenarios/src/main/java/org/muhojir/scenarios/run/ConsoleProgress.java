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
 * library five times a second on one line: {@code simulated 45% [=====>    ] 1080/2400 (0:00:02 / 0:00:03) 540
 * months/s}. Closing it draws the last state (100% when the batch completed) and ends the line.
 */
public final class ConsoleProgress implements MonthProgress, AutoCloseable {
    /** Width meaning "the terminal's width" (asked of the terminal by the library, through JLine). */
    public static final int TERMINAL_WIDTH = 0;

    private final ProgressBar bar;

    /**
     * @param out         where the bar is drawn
     * @param totalMonths months the batch simulates in all (each replication's months count)
     * @param width       characters the bar's line takes at most, or {@link #TERMINAL_WIDTH}
     */
    public ConsoleProgress(PrintStream out, long totalMonths, int width) {
        bar = new ProgressBarBuilder().setTaskName("simulated").setInitialMax(totalMonths)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS).setUnit(" months", 1)
                .setConsumer(new ConsoleProgressBarConsumer(out, width)).build();
    }

    @Override
    public void monthSimulated(long done, long total) {
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
