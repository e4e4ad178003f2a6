package org.muhojir.scenarios.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A JSON syntax error in the words of a scenario file's author rather than the parser's: "remove the comma after the
 * last item" rather than {@code Unexpected character (']' (code 93)): expected a valid value (JSON String, ...)}.
 * Errors it does not recognise keep the parser's text without its character codes.
 */
final class SyntaxMessage {
    private SyntaxMessage() {
    }

    /** What is wrong at the error's place in {@code text}, and what to write instead. */
    static String of(JsonProcessingException e, String text) {
        String parser = e.getOriginalMessage().replace("\n", " ");
        int at = offset(e.getLocation(), text);
        char here = at >= 0 && at < text.length() ? text.charAt(at) : 0;
        char before = at > 0 ? previousVisible(text, at) : 0;
        if (before == ',' && (here == '}' || here == ']')) {
            return "a comma before '" + here + "': remove the comma after the last " + (here == '}' ? "field" : "item")
                    + " (JSON allows none there)";
        }
        if (parser.startsWith("Unexpected end-of-input")) {
            return "the file ends too early: a closing '}' or ']' is missing";
        }
        if (parser.contains("was expecting double-quote to start field name")) {
            return "expected a field name in double quotes, found '" + here + "'";
        }
        if (parser.contains("was expecting comma to separate")) {
            return "a comma is missing before '" + here + "' (between two fields or items)" + commaPlace(text, at);
        }
        if (parser.startsWith("Unrecognized token")) {
            return "unknown word " + parser.replaceFirst("^Unrecognized token ('[^']*').*", "$1") + "; text needs "
                    + "double quotes, and only true, false and null go without";
        }
        return parser.replaceAll(" \\(code \\d+\\)", "").replaceAll(" \\(JSON String, Number.*?\\)", "");
    }

    private static int offset(JsonLocation l, String text) {
        if (l == null) {
            return -1;
        }
        long c = l.getCharOffset();
        return c >= 0 && c <= text.length() ? (int) Math.min(c, text.length()) : -1;
    }

    /** The last non-space character before {@code at}, or 0. */
    private static char previousVisible(String text, int at) {
        int i = previousVisibleIndex(text, at);
        return i >= 0 ? text.charAt(i) : 0;
    }

    /** The index of the last non-space character before {@code at}, or -1. */
    private static int previousVisibleIndex(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a missing comma goes when it is not on the error's line: ": add it at the end of line 12", the line of
     * the value before (the parser stops at the next field, the line after); empty when both are on one line.
     */
    private static String commaPlace(String text, int at) {
        int before = previousVisibleIndex(text, at);
        if (at < 0 || before < 0) {
            return "";
        }
        int line = lineOf(text, before);
        return line == lineOf(text, at) ? "" : ": add it at the end of line " + line;
    }

    /** The 1-based line of the character at {@code index}. */
    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
