package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.junit.jupiter.api.Test;

class ProblemDialogTest {
    private static JTextArea area(JComponent body) {
        return (JTextArea) ((JScrollPane) body).getViewport().getView();
    }

    @Test
    void showsTheReportAsItIsAndSizesToAFewLines() {
        String report = "bad.json has 2 problems:\n  bad.json:2:12: $.months: must be at least 1, was -3\n"
                + "  bad.json:3:50: $.shocks[0].destination: unknown destination \"Mars\"";
        JTextArea text = area(ProblemDialog.body(report));
        assertEquals(report, text.getText());
        assertEquals(3, text.getRows());
        assertEquals(68, text.getColumns()); // the longest line, "  bad.json:3:50: ... \"Mars\"", is 68 characters
    }

    @Test
    void aLongReportScrollsInsteadOfGrowingOffTheScreen() {
        String report = IntStream.range(0, 45).mapToObj(i -> "x".repeat(150)).collect(Collectors.joining("\n"));
        JTextArea text = area(ProblemDialog.body(report));
        assertEquals(ProblemDialog.MAX_ROWS, text.getRows());
        assertEquals(ProblemDialog.MAX_COLUMNS, text.getColumns());
        assertEquals(report, text.getText());
    }
}
