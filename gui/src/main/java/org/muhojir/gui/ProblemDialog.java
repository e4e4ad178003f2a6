package org.muhojir.gui;

import java.awt.Component;
import java.awt.Font;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * The dialog that says why a scenario could not be opened: the loader's report (a heading, then one line per
 * problem with file, line, column and JSON path), in a scrollable text the user can select and copy. No stack
 * trace: a bad scenario file is the user's to fix, not a bug.
 */
final class ProblemDialog {
    /** Most lines shown before the text scrolls. */
    static final int MAX_ROWS = 20;
    /** Most characters a line shows before the text scrolls sideways. */
    static final int MAX_COLUMNS = 100;

    private ProblemDialog() {
    }

    /** Shows {@code message} in a modal error dialog over {@code parent}, titled after what could not be opened. */
    static void show(Component parent, String what, String message) {
        JOptionPane.showMessageDialog(parent, body(message), "Cannot open " + what, JOptionPane.ERROR_MESSAGE);
    }

    /** The dialog's content: {@code message}, monospaced (columns line up), at most {@link #MAX_ROWS} lines high. */
    static JComponent body(String message) {
        String[] lines = message.split("\n", -1);
        int widest = 0;
        for (String l : lines) {
            widest = Math.max(widest, l.length());
        }
        JTextArea text = new JTextArea(message, Math.min(lines.length, MAX_ROWS), Math.min(widest, MAX_COLUMNS));
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        text.setCaretPosition(0);
        return new JScrollPane(text);
    }
}
