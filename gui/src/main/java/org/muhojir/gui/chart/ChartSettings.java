package org.muhojir.gui.chart;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.ScrollPaneConstants;

/**
 * MASON's chart settings in one panel that scrolls, so none is cut off in a small chart window. MASON puts a row of
 * controls above the chart ("Fill", "Scale", "Proportion": about 330 pixels wide, cut off in a 220-pixel window)
 * and the rest in a panel on the left of a split pane (its global settings, which open downwards, are not in a
 * scroll pane: in a window 270 pixels high, "Chart Properties" opened ran off the bottom). Here the row is moved
 * to the top of that panel, one control a line, and the whole panel scrolls both ways; the chart gets the row's
 * height. MASON's components are moved, not copied, so every one of them works as before.
 */
final class ChartSettings {
    /** Width of the settings panel when opened, pixels (MASON's own is 200, without a scroll bar). */
    static final int OPEN_WIDTH = 230;

    private ChartSettings() {
    }

    /**
     * Gathers {@code split}'s settings (MASON's chart split pane: settings on the left, chart with its row of
     * controls on the right) into a scrolling panel on the left; returns that scroll pane, or null (nothing moved)
     * if the split pane is not laid out as MASON 18 lays it out.
     */
    static JScrollPane gather(JSplitPane split) {
        if (!(split.getLeftComponent() instanceof JComponent settings)
                || !(split.getRightComponent() instanceof Container right)
                || !(right.getLayout() instanceof BorderLayout border)
                || !(border.getLayoutComponent(BorderLayout.NORTH) instanceof Box controls)) {
            return null;
        }
        right.remove(controls);
        right.revalidate();
        settings.setPreferredSize(null); // MASON fixes it at 200 x 0, which a scroll pane would take as its height
        JPanel all = new JPanel();
        all.setLayout(new BoxLayout(all, BoxLayout.Y_AXIS));
        all.add(oneALine(controls));
        all.add(settings);
        for (Component c : all.getComponents()) {
            ((JComponent) c).setAlignmentX(Component.LEFT_ALIGNMENT);
        }
        JScrollPane scroll = new JScrollPane(all, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setMinimumSize(new Dimension(0, 0));
        split.setLeftComponent(scroll);
        return scroll;
    }

    /** {@code row}'s controls, one a line and left-aligned. */
    private static JPanel oneALine(Box row) {
        JPanel lines = new JPanel();
        lines.setLayout(new BoxLayout(lines, BoxLayout.Y_AXIS));
        lines.setBorder(BorderFactory.createEmptyBorder(2, 2, 4, 2));
        for (Component c : row.getComponents()) {
            JPanel line = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 1));
            line.add(c); // moves it out of MASON's row
            line.setAlignmentX(Component.LEFT_ALIGNMENT);
            line.setMaximumSize(new Dimension(Integer.MAX_VALUE, line.getPreferredSize().height));
            lines.add(line);
        }
        return lines;
    }
}
