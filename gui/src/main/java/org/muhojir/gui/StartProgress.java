package org.muhojir.gui;

import java.awt.BorderLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.gui.map.MapPainter;

/**
 * A run's start with its progress on screen. Starting a run simulates what comes before its first reported month
 * (the warm-up and the history: a few seconds at the default 1%, minutes for every household), and MASON's Console
 * starts the model on Swing's event thread, which left every window frozen, unpainted, until it was done. Here the
 * start runs on a thread of its own while a modal dialog on the event thread says how far it has got ("Warm-up:
 * month 120 of 240", "History: March 2015") with a bar; the dialog's own event loop keeps the windows painted, and
 * being modal it keeps the student's clicks for when the run can take them. The Console goes on as before once the
 * model has started. The windows paint what they drew last (snapshots), never the model being started.
 */
final class StartProgress {
    private final Scenario scenario;
    private final int months;
    /** Months simulated so far, written by the start's thread and read on the event thread. */
    private final AtomicInteger done = new AtomicInteger();
    private final JDialog dialog;
    private final JLabel label = new JLabel();
    private final JProgressBar bar;

    private StartProgress(Window owner, Scenario scenario) {
        this.scenario = scenario;
        this.months = scenario.monthsBeforeStart();
        bar = new JProgressBar(0, months);
        bar.setStringPainted(true);
        dialog = new JDialog(owner, "Starting " + scenario.name(), java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE); // it closes once the model has started
        JPanel panel = new JPanel(new BorderLayout(0, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
        panel.add(new JLabel("<html>Simulating the months before " + MapPainter.monthName(scenario.start())
                + ", not reported,<br>so that the run starts from a settled world (docs/ODD.md, 5.1).</html>"),
                BorderLayout.NORTH);
        panel.add(label, BorderLayout.CENTER);
        panel.add(bar, BorderLayout.SOUTH);
        dialog.setContentPane(panel);
        show(0);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /**
     * Runs {@code start}, which starts {@code model}, showing its progress in a dialog over {@code owner}; returns
     * once it has run. Off the event thread, without a screen, or for a run with nothing before its first reported
     * month, it just runs it. Whatever {@code start} throws is thrown here, on the caller's thread.
     */
    static void run(Window owner, MuhojirModel model, Runnable start) {
        Scenario scenario = model.scenario();
        if (!SwingUtilities.isEventDispatchThread() || GraphicsEnvironment.isHeadless()
                || scenario.monthsBeforeStart() == 0) {
            start.run();
            return;
        }
        StartProgress progress = new StartProgress(owner, scenario);
        Throwable[] failed = new Throwable[1];
        model.setStartProgress(progress::monthDone);
        Thread starting = new Thread(() -> {
            try {
                start.run();
            } catch (RuntimeException | Error e) {
                failed[0] = e;
            } finally {
                SwingUtilities.invokeLater(progress.dialog::dispose);
            }
        }, "muhojir-start");
        starting.setDaemon(true);
        starting.start();
        progress.dialog.setVisible(true); // modal: returns once disposed, Swing's events handled meanwhile
        try {
            starting.join(); // it has ended or is ending: its dispose was the last thing it asked for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        model.setStartProgress(null);
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failed[0] instanceof Error e) {
            throw e;
        }
    }

    /** Called on the start's thread after each month: counts it and has the dialog show the count. */
    private boolean monthDone() {
        done.incrementAndGet();
        SwingUtilities.invokeLater(() -> show(done.get()));
        return true;
    }

    /** Shows {@code month} months done, on the event thread. */
    private void show(int month) {
        label.setText(describe(scenario, Math.min(month, months - 1)));
        bar.setValue(month);
        bar.setString(month + " of " + months + " months");
    }

    /**
     * What the start is simulating once {@code month} months are done: a warm-up month by its number, a history
     * month by its date ("Warm-up: month 1 of 240", "History: March 2015").
     */
    static String describe(Scenario scenario, int month) {
        int warmUp = scenario.warmUpMonths();
        if (month < warmUp) {
            return "Warm-up: month " + (month + 1) + " of " + warmUp;
        }
        YearMonth history = scenario.historyStart().plusMonths(month - warmUp);
        return "History: " + MapPainter.monthName(history);
    }
}
