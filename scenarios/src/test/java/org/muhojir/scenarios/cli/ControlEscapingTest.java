package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A scenario named with an escape sequence does not clear the screen when a message names it. */
class ControlEscapingTest {
    @Test
    void controlCharactersAreShownNotObeyedAndLineEndsTabsAndTextPassThrough() {
        StringWriter s = new StringWriter();
        try (PrintWriter w = new PrintWriter(new ControlEscaping(s))) {
            w.print("name '\u001b[2J' and\u0007 bell\ttab\r\nnext line: somoni, Душанбе \u009b");
        }
        assertEquals("name '\\u001b[2J' and\\u0007 bell\ttab\r\nnext line: somoni, Душанбе \\u009b", s.toString());
    }
}
