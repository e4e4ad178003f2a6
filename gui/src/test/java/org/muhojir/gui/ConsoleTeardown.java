package org.muhojir.gui;

import javax.swing.SwingUtilities;
import sim.display.Console;

/** How the display tests close a visualizer they opened: its run stopped, the program quit, its window gone. */
final class ConsoleTeardown {
    private ConsoleTeardown() {
    }

    /** Stops {@code console}'s run, quits {@code ui} and disposes of the Console's window, on Swing's thread. */
    static void close(Console console, MuhojirWithUI ui) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.pressStop();
            ui.quit();
            console.setVisible(false);
            console.dispose();
        });
    }
}
