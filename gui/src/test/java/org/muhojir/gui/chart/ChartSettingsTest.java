package org.muhojir.gui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.JViewport;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * In a chart window of the size a 1280 x 800 screen gives it (220 x 265 pixels), every one of MASON's chart
 * controls can be brought into view once the settings are opened with the divider's arrow, including those inside
 * "Chart Properties" and "Chart Output" opened: MASON's row above the chart ("Fill", "Scale", "Proportion", about
 * 330 pixels wide) was cut off after "Proportio", and its settings panel, which does not scroll, cut off what it
 * opened below the window's bottom. Needs a display, as the smoke test.
 */
class ChartSettingsTest {
    @Test
    void everyControlCanBeScrolledIntoViewInASmallWindow() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(), "needs a display");
        List<String> hidden = new ArrayList<>();
        JFrame[] frame = new JFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            MovingChart chart = new MovingChart(Charts.remittances());
            frame[0] = chart.createFrame();
            frame[0].setBounds(0, 535, 220, 265);
            frame[0].setVisible(true);
            JSplitPane split = only(chart.generator(), JSplitPane.class).get(0);
            frame[0].validate();
            // as the divider's arrow opens them
            split.setDividerLocation(Math.min(split.getLastDividerLocation(), split.getMaximumDividerLocation()));
            for (JToggleButton open : only(split.getLeftComponent(), JToggleButton.class)) {
                if (open.getClass() == JToggleButton.class) { // MASON's disclosure arrows, not its check boxes
                    open.doClick(); // "Chart Properties" and "Chart Output" opened
                }
            }
            frame[0].validate();
            assertTrue(split.getLeftComponent() instanceof JScrollPane, "the settings scroll");
            JViewport port = ((JScrollPane) split.getLeftComponent()).getViewport();
            Component view = port.getView();
            Rectangle room = new Rectangle(view.getSize());
            assertTrue(room.width >= view.getPreferredSize().width && room.height >= view.getPreferredSize().height,
                    "the settings are squeezed into " + room + ", need " + view.getPreferredSize());
            List<JComponent> controls = new ArrayList<>(only(view, JTextField.class));
            controls.addAll(only(view, javax.swing.AbstractButton.class));
            assertTrue(controls.size() > 10, "MASON's controls: " + controls.size());
            for (JComponent c : controls) {
                // where it lies in the scrolling panel (through MASON's own scroll pane of series, if it is in it)
                Rectangle at = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), view);
                JViewport inner = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, c);
                boolean innerWhole = inner == port || inner.getExtentSize().height >= inner.getView().getHeight()
                        && inner.getExtentSize().width >= inner.getView().getWidth();
                if (!room.contains(at) || !innerWhole) {
                    hidden.add(c.getClass().getSimpleName() + " \"" + text(c) + "\" at " + at + " in " + room);
                }
            }
            // the student can scroll to every one of them: the panel scrolls both ways when larger than its window
            assertEquals(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                    ((JScrollPane) split.getLeftComponent()).getVerticalScrollBarPolicy());
            assertEquals(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED,
                    ((JScrollPane) split.getLeftComponent()).getHorizontalScrollBarPolicy());
        });
        try {
            assertEquals(List.of(), hidden);
        } finally {
            SwingUtilities.invokeAndWait(frame[0]::dispose);
        }
    }

    /** MASON's "Fill", "Scale" and "Proportion" are no longer above the chart, where they were cut off. */
    @Test
    void theRowAboveTheChartJoinsTheSettings() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(), "needs a display");
        SwingUtilities.invokeAndWait(() -> {
            MovingChart chart = new MovingChart(Charts.poverty());
            JFrame f = chart.createFrame();
            try {
                JSplitPane split = only(chart.generator(), JSplitPane.class).get(0);
                List<String> inSettings = only(split.getLeftComponent(), javax.swing.AbstractButton.class).stream()
                        .map(ChartSettingsTest::text).toList();
                assertTrue(inSettings.contains("Fill"), "in the settings: " + inSettings);
                assertEquals(List.of(), only(split.getRightComponent(), javax.swing.JCheckBox.class),
                        "controls left above the chart");
            } finally {
                f.dispose();
            }
        });
    }

    private static String text(JComponent c) {
        return c instanceof javax.swing.AbstractButton b ? b.getText() : c instanceof JTextField t ? t.getText() : "";
    }

    /** Every {@code type} inside {@code root}, depth first. */
    private static <T> List<T> only(Component root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                found.addAll(only(child, type));
            }
        }
        return found;
    }
}
