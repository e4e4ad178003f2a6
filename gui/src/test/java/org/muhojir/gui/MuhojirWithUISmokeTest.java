package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;
import org.muhojir.gui.chart.MovingChart;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import sim.display.Console;

/**
 * Opens the real Console on a display (Xvfb in CI), runs 24 months of the baseline at a 0.5% sample through the
 * Console's own step button, and saves screenshots of the map and a chart into the build folder
 * ({@code gui/target/muhojir-map.png}, {@code muhojir-chart-remittances.png}, {@code muhojir-screen.png}).
 * Skipped, with a message, when there is no display.
 */
class MuhojirWithUISmokeTest {
    private static final int MONTHS = 24;

    @Test
    void consoleRunsTwoYearsAndTheMapAndChartsShowThem() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(),
                "no display: the GUI smoke test needs X; run `Xvfb :99 -screen 0 1920x1200x24 &` and "
                        + "`export DISPLAY=:99` first (see docs/gui.md)");
        Path out = Path.of(System.getProperty("muhojir.gui.screenshots", "target"));
        Files.createDirectories(out);
        MuhojirWithUI ui = new MuhojirWithUI(new LaunchOptions("baseline", RunSettings.defaults(FrontEnd.GUI).withSample(0.005)),
                MuhojirWithUI.scenarioSource()); // the bundled catalogue/baseline.json, read by the JSON loader
        Console[] console = new Console[1];
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            SwingUtilities.invokeAndWait(() -> console[0] = (Console) ui.createController());
        } finally {
            System.setErr(stderr);
        }
        // MASON probes the demos of its class list at start; the visualizer's own list has none (no Java3D warning)
        assertFalse(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("Java3D"), printed.toString(
                java.nio.charset.StandardCharsets.UTF_8));
        try {
            StartDialogWatch starting = new StartDialogWatch(out.resolve("muhojir-starting.png"));
            java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(starting, java.awt.AWTEvent.WINDOW_EVENT_MASK);
            try {
                SwingUtilities.invokeAndWait(() -> console[0].pressPause()); // from stopped: starts the model, paused
            } finally {
                java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(starting);
            }
            // the months before the first reported one ran with their progress on screen, the windows painted
            int before = ui.model().scenario().monthsBeforeStart();
            assertEquals("Starting baseline", starting.title, "the start's progress dialog opened");
            assertEquals(before, starting.maximum);
            SwingUtilities.invokeAndWait(() -> {
                assertFalse(starting.dialog.isDisplayable(), "it closed once the model had started");
                assertEquals(before, starting.bar.getValue(), "every month before the start was shown done");
            });
            assertTrue(starting.eventsWhileOpen > 0, "Swing's events were handled while the model started");
            assertEquals(0, ui.model().outcomes().size());
            SwingUtilities.invokeAndWait(() -> {
                console[0].setNumStepsPerStepButtonPress(MONTHS);
                console[0].pressPlay(); // while paused, play is "step": 24 months, on this thread
            });
            SwingUtilities.invokeAndWait(() -> { }); // let the charts take the points posted to Swing

            assertEquals(MONTHS, ui.model().outcomes().size());
            SwingUtilities.invokeAndWait(() -> { });
            assertEquals("December 2024 (month 24 of 120)", ui.date().shown()); // the simulated date in the Console
            // MASON's counter beside the play buttons shows the simulated month, not its 23 steps; the date above
            // the buttons is not cut off
            SwingUtilities.invokeAndWait(() -> {
                assertEquals("2024-12", ui.date().counter().getText());
                assertTrue(ui.date().counter().isShowing(), "the counter is on screen");
                assertTrue(ui.date().label().getPreferredSize().width <= ui.date().label().getWidth(),
                        "the date is cut off: " + ui.date().label().getPreferredSize() + " in " + ui.date().label()
                                .getSize());
            });
            assertEquals(MuhojirWithUI.PLAY_DELAY_MS, console[0].getPlaySleep());
            assertFalse(console[0].getIncrementSeedOnStop(), "the seed stays the same from one run to the next");
            assertWindowsApart(ui, console[0]);
            // 24 months from January 2023: the map shows December 2024
            assertEquals(YearMonth.of(2024, 12), ui.mapPortrayal().snapshot().month());
            for (MovingChart c : ui.charts()) {
                int[] points = new int[1];
                SwingUtilities.invokeAndWait(() -> points[0] = c.points());
                assertEquals(MONTHS, points[0], c.spec().title());
            }

            BufferedImage map = paint(ui.mapDisplay().insideDisplay);
            BufferedImage chart = paint(ui.charts().get(0).generator().getChartPanel());
            ImageIO.write(map, "png", out.resolve("muhojir-map.png").toFile());
            ImageIO.write(chart, "png", out.resolve("muhojir-chart-remittances.png").toFile());
            ui.followRandom(Region.KHATLON); // opens the household window too, in its place beside the map
            SwingUtilities.invokeAndWait(() -> { }); // it is shown on Swing's thread
            assertTrue(ui.householdFrame().isShowing(), "following a household shows its window");
            assertWindowsApart(ui, console[0]);
            saveScreen(out.resolve("muhojir-screen.png"));

            assertTrue(scenarioMenuItems(console[0]).containsAll(List.of("Open \"baseline\"",
                    "Open \"russia-crackdown-2026\"", "Open scenario file...")), "the menu lists the catalogue");
            assertShowsData(map, "map");
            assertShowsData(chart, "remittances chart");

            // a lever moved now acts from the next month; a household followed in Khatlon shows that month
            ui.levers().setRaidIntensityInRussia(3);
            ui.followRandom(Region.KHATLON);
            double raidsBefore = ui.model().conditions().raidHazardIrregular[Destination.RUSSIA.ordinal()];
            SwingUtilities.invokeAndWait(() -> {
                console[0].setNumStepsPerStepButtonPress(1);
                console[0].pressPlay();
            });
            SwingUtilities.invokeAndWait(() -> { });
            List<ScheduledShock> raid = List.of(new ScheduledShock(YearMonth.of(2025, 1), 1,
                    new RaidWave(Destination.RUSSIA, 3)));
            assertEquals(raid, ui.session().target().added());
            assertEquals(raid, ui.model().addedShocks()); // the lever reached the model: January 2025 had raids x3
            assertEquals(3 * raidsBefore, ui.model().conditions().raidHazardIrregular[Destination.RUSSIA.ordinal()],
                    1e-12 * raidsBefore);
            assertEquals(Region.KHATLON, ui.watch().history().get(ui.watch().history().size() - 1).view().region());
            assertEquals(2, ui.watch().history().size()); // the month it was picked in, and the next
            // the household's poverty line is the month's, which moves with prices, as its consumption does
            assertEquals(ui.model().economy().povertyLine(),
                    ui.watch().history().get(ui.watch().history().size() - 1).povertyLine(), 1e-9);
            assertNotEquals(ui.model().scenario().economy().povertyLine(), ui.model().economy().povertyLine());
            // a value lever pins its value for February 2025; put back, it shows the scenario's value at once (the
            // month simulated last, without the levers), not the value it set
            ui.levers().setRoublesPerDollar(150);
            SwingUtilities.invokeAndWait(() -> console[0].pressPlay());
            SwingUtilities.invokeAndWait(() -> { });
            assertEquals(150, ui.model().conditions().localPerUsd[Destination.RUSSIA.ordinal()], 1e-9);
            ui.levers().reset();
            org.muhojir.core.policy.Conditions february = new org.muhojir.core.policy.Conditions();
            new org.muhojir.core.scenario.Timeline(ui.model().scenario()).resolve(YearMonth.of(2025, 2), february);
            assertEquals(february.localPerUsd[Destination.RUSSIA.ordinal()], ui.levers().getRoublesPerDollar(), 0.005);
            SwingUtilities.invokeAndWait(() -> console[0].getTabPane().setSelectedIndex(
                    console[0].getTabPane().indexOfTab("Model")));
            SwingUtilities.invokeAndWait(() -> { });
            // text typed into a lever's field that is not a number: no stack trace, the lever as it was, and a line
            // under the levers that says so
            org.muhojir.gui.lever.LeverInspector inspector = (org.muhojir.gui.lever.LeverInspector) ui.getInspector();
            SwingUtilities.invokeAndWait(inspector::updateInspector); // the levers as reset above
            SwingUtilities.invokeAndWait(() -> typeInto(fieldShowing(inspector, "1.0"), "abc")); // the first: raids
            SwingUtilities.invokeAndWait(() -> { });
            assertEquals("\"abc\" is not a number: Raids in Russia (x) stays at 1.0. Type a number from 0 to 10.",
                    inspector.entryProblem());
            assertEquals(1, ui.levers().getRaidIntensityInRussia());
            ImageIO.write(paint((JComponent) console[0].getContentPane()), "png",
                    out.resolve("muhojir-levers.png").toFile());
            ImageIO.write(paint((JComponent) ui.householdFrame().getContentPane()), "png",
                    out.resolve("muhojir-household.png").toFile());

            // Stop, then start again: a fresh run of the scenario, without the shocks fired in the run just stopped
            SwingUtilities.invokeAndWait(() -> {
                console[0].pressStop();
                console[0].pressPause(); // from stopped: starts a new run, paused
            });
            SwingUtilities.invokeAndWait(() -> { });
            assertEquals(List.of(), ui.model().addedShocks());
            assertEquals(List.of(), ui.model().outcomes());
            assertEquals(List.of(), ui.session().target().added());

            // another scenario from the menu: before play, the levers show its first month's values (2010's rouble)
            ui.restart(MuhojirWithUI.scenarioSource().load("baseline-2010"), 0.005);
            SwingUtilities.invokeAndWait(() -> { });
            SwingUtilities.invokeAndWait(() -> { });
            assertEquals("", inspector.entryProblem(), "a new run's levers have no message of the last run's entry");
            org.muhojir.core.policy.Conditions first2010 = new org.muhojir.core.policy.Conditions();
            new org.muhojir.core.scenario.Timeline(ui.model().scenario()).resolve(ui.model().scenario().start(),
                    first2010);
            assertEquals(first2010.localPerUsd[Destination.RUSSIA.ordinal()], ui.levers().getRoublesPerDollar(), 0.005);
            // the new run starts from its scenario as written: the raid lever moved above is back at neutral, and
            // the household window follows nobody from the run just stopped
            assertEquals(1, ui.levers().getRaidIntensityInRussia());
            assertEquals(-1, ui.watch().index());
            assertEquals("starts January 2010 (" + ui.model().scenario().months() + " months)\nafter a "
                    + ui.model().scenario().warmUpMonths() + "-month warm-up", ui.date().shown());
            SwingUtilities.invokeAndWait(() -> assertTrue(ui.date().label().getPreferredSize().width
                    <= ui.date().label().getWidth(), "the date before the run is cut off"));
        } finally {
            ConsoleTeardown.close(console[0], ui);
        }
    }

    /**
     * The Console, map, charts and household window lie on the screen and none covers another (but for the household
     * window of a stacked layout, on screens below 1920 x 1080, which lies over the map's legend and the charts:
     * ScreenLayoutTest checks where).
     */
    private static void assertWindowsApart(MuhojirWithUI ui, Console console) throws Exception {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        List<java.awt.Component> windows = new java.util.ArrayList<>(List.of(console, ui.mapFrame()));
        if (ScreenLayout.of(screen, ui.charts().size()).householdApart()) {
            windows.add(ui.householdFrame());
        } else {
            SwingUtilities.invokeAndWait(() -> assertTrue(!ui.householdFrame().isShowing()
                    || screen.contains(ui.householdFrame().getBounds()), "the household window leaves the screen"));
        }
        for (MovingChart c : ui.charts()) {
            windows.add(SwingUtilities.getWindowAncestor(c.generator()));
        }
        // an X server without a window manager may report a window just shown at (0, 0) for a moment before it
        // takes its place: look again for up to ten seconds before calling an overlap one (three were not always
        // enough on a busy two-core machine)
        String problem = "";
        for (int attempt = 0; attempt < 100; attempt++) {
            String[] found = {""};
            SwingUtilities.invokeAndWait(() -> found[0] = overlap(windows, screen));
            problem = found[0];
            if (problem.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        fail(problem);
    }

    /**
     * What is wrong with where the windows on screen lie ({@code ""} if each is on the screen and none covers another;
     * a window not shown yet, such as the household's before one is followed, covers nothing).
     */
    private static String overlap(List<java.awt.Component> all, Rectangle screen) {
        List<java.awt.Component> windows = all.stream().filter(java.awt.Component::isShowing).toList();
        for (int i = 0; i < windows.size(); i++) {
            Rectangle a = windows.get(i).getBounds();
            if (!screen.contains(a)) {
                return a + " leaves the screen " + screen;
            }
            for (int j = i + 1; j < windows.size(); j++) {
                if (a.intersects(windows.get(j).getBounds())) {
                    return a + " overlaps " + windows.get(j).getBounds();
                }
            }
        }
        return "";
    }

    /** The labels of the Console's "Scenario" menu. */
    private static List<String> scenarioMenuItems(Console console) throws Exception {
        List<String> labels = new java.util.ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            javax.swing.JMenuBar bar = console.getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                javax.swing.JMenu m = bar.getMenu(i);
                if (m != null && m.getText().equals("Scenario")) {
                    for (int j = 0; j < m.getItemCount(); j++) {
                        if (m.getItem(j) != null) {
                            labels.add(m.getItem(j).getText());
                        }
                    }
                }
            }
        });
        return labels;
    }

    /** Not blank: brightness varies (standard deviation over 20 of 255) and many colours are used. */
    private static void assertShowsData(BufferedImage img, String what) {
        double sum = 0;
        double sumSq = 0;
        Set<Integer> colours = new HashSet<>();
        int n = img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                double lum = 0.299 * (rgb >> 16) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += lum;
                sumSq += lum * lum;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
        // a chart in the layout of a 1280 x 800 screen is 207 x 262 pixels: not collapsed, still above 180 x 180
        assertTrue(img.getWidth() > 180 && img.getHeight() > 180, what + " is too small: " + img.getWidth() + "x"
                + img.getHeight());
        assertTrue(sd > 20, what + " looks blank: brightness standard deviation " + sd);
        assertTrue(colours.size() > 50, what + " looks blank: only " + colours.size() + " colours");
    }

    private static BufferedImage paint(JComponent c) throws Exception {
        BufferedImage[] img = new BufferedImage[1];
        SwingUtilities.invokeAndWait(() -> {
            img[0] = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = img[0].createGraphics();
            c.paint(g);
            g.dispose();
        });
        return img[0];
    }

    /**
     * Watches the start's progress dialog ({@link StartProgress}) as it opens: the dialog, its title, its bar and
     * the bar's range, and whether a task posted when it opened ran while it was still open
     * (Swing's event thread free while the model starts). If it is still open 0.4 s after it opened, it is saved
     * as a screenshot ({@code muhojir-starting.png}; nothing is asserted on it).
     */
    private static final class StartDialogWatch implements java.awt.event.AWTEventListener {
        String title;
        int maximum = -1;
        javax.swing.JDialog dialog;
        javax.swing.JProgressBar bar;
        volatile int eventsWhileOpen;
        private final Path screenshot;

        StartDialogWatch(Path screenshot) {
            this.screenshot = screenshot;
        }

        @Override
        public void eventDispatched(java.awt.AWTEvent event) {
            if (!(event.getSource() instanceof javax.swing.JDialog opened)
                    || !opened.getTitle().startsWith("Starting")) {
                return;
            }
            if (event.getID() == java.awt.event.WindowEvent.WINDOW_OPENED) {
                dialog = opened;
                bar = progressBar(opened.getContentPane());
                title = opened.getTitle();
                maximum = bar.getMaximum();
                SwingUtilities.invokeLater(() -> {
                    if (opened.isShowing()) {
                        eventsWhileOpen++;
                    }
                });
                javax.swing.Timer later = new javax.swing.Timer(400, e -> {
                    if (opened.isShowing()) {
                        capture(screenshot);
                    }
                });
                later.setRepeats(false);
                later.start();
            }
        }

        private static javax.swing.JProgressBar progressBar(java.awt.Container c) {
            for (java.awt.Component child : c.getComponents()) {
                if (child instanceof javax.swing.JProgressBar bar) {
                    return bar;
                }
                javax.swing.JProgressBar inside = child instanceof java.awt.Container inner ? progressBar(inner) : null;
                if (inside != null) {
                    return inside;
                }
            }
            return null;
        }
    }

    /** Types {@code text} into {@code field} and presses Enter. */
    private static void typeInto(javax.swing.JTextField field, String text) {
        field.setText(text);
        for (int key : new int[] {java.awt.event.KeyEvent.VK_A, java.awt.event.KeyEvent.VK_ENTER}) {
            java.awt.event.KeyEvent pressed = new java.awt.event.KeyEvent(field, java.awt.event.KeyEvent.KEY_PRESSED,
                    System.currentTimeMillis(), 0, key, java.awt.event.KeyEvent.CHAR_UNDEFINED);
            for (java.awt.event.KeyListener l : field.getKeyListeners()) { // MASON's field: a key edits, Enter reads
                l.keyPressed(pressed);
            }
        }
    }

    /** The first text field in {@code c} that shows {@code text}, or null. */
    private static javax.swing.JTextField fieldShowing(java.awt.Container c, String text) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JTextField f && f.getText().equals(text)) {
                return f;
            }
            if (child instanceof java.awt.Container inner) {
                javax.swing.JTextField f = fieldShowing(inner, text);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static void saveScreen(Path file) throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
        Thread.sleep(300); // give the X server a moment to draw the windows (screenshot only; nothing is asserted)
        capture(file);
    }

    private static void capture(Path file) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        try {
            ImageIO.write(new Robot().createScreenCapture(screen), "png", file.toFile());
        } catch (IOException | java.awt.AWTException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }
}
