package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * A window an X server leaves at the origin is put back in its place, also when it is shown again later; one the user
 * moved elsewhere stays there.
 */
class WindowPlacementTest {
    @Test
    void aWindowLeftAtTheOriginGoesBackToItsPlaceAndAMovedOneStays() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(), "needs a display");
        JFrame[] frames = new JFrame[2];
        Rectangle place = new Rectangle(300, 200, 240, 160);
        SwingUtilities.invokeAndWait(() -> {
            frames[0] = new JFrame("left at the origin");
            frames[0].setBounds(0, 0, 240, 160);
            frames[0].setVisible(true);
            frames[1] = new JFrame("moved by the user");
            frames[1].setBounds(500, 400, 240, 160);
            frames[1].setVisible(true);
            WindowPlacement.keep(Map.<Window, Rectangle>of(frames[0], place, frames[1], new Rectangle(place)));
        });
        try {
            Point[] at = new Point[2];
            for (int i = 0; i < 50 && !place.getLocation().equals(at[0]); i++) {
                Thread.sleep(100);
                SwingUtilities.invokeAndWait(() -> at[0] = frames[0].getLocation());
            }
            SwingUtilities.invokeAndWait(() -> at[1] = frames[1].getLocation());
            assertEquals(place.getLocation(), at[0]);
            assertEquals(new Point(500, 400), at[1]);
            // shown again later (as the household window is when a household is first followed) and left at the
            // origin: put back again, long after the first few seconds have passed
            Thread.sleep(5_500);
            SwingUtilities.invokeAndWait(() -> {
                frames[0].setVisible(false);
                frames[0].setLocation(0, 0);
                frames[0].setVisible(true);
            });
            at[0] = null;
            for (int i = 0; i < 50 && !place.getLocation().equals(at[0]); i++) {
                Thread.sleep(100);
                SwingUtilities.invokeAndWait(() -> at[0] = frames[0].getLocation());
            }
            assertEquals(place.getLocation(), at[0]);
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                frames[0].dispose();
                frames[1].dispose();
            });
        }
    }
}
