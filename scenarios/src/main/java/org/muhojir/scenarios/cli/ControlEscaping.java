package org.muhojir.scenarios.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes control characters other than line ends and tabs as {@code \u001b}: a name in a user's file that holds
 * an escape sequence is shown, not obeyed by the terminal (clearing the screen, colouring what follows).
 */
final class ControlEscaping extends FilterWriter {
    ControlEscaping(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (isControl(c)) {
            out.write(String.format(java.util.Locale.ROOT, "\\u%04x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(s.charAt(i));
        }
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f && c < 0xa0;
    }
}
