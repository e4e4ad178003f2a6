package org.muhojir.scenarios.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON reader's messages in the words of a scenario file's author: what is wrong and what to write instead,
 * without the parser's feature names ({@code Feature 'ALLOW_COMMENTS' not enabled for parser},
 * {@code enable JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS to allow}) or character codes. Each of the parser's
 * leniencies that a file's author might count on (comments, NaN, single quotes, a plus sign, a leading zero, a bare
 * decimal point, a line break inside text, an unknown escape) gets its own sentence; whatever is left of a feature
 * hint is removed.
 */
public final class ReaderMessages {
    private static final String BROKEN = "broken JSON: ";
    private static final String A_VALUE = "a number, text in double quotes, true, false, null, an object {...} or an "
            + "array [...]";
    /** A minimal valid scenario file, for messages that show one. */
    static final String MINIMAL = "{\"schemaVersion\": 1, \"extends\": \"baseline\"}";

    private ReaderMessages() {
    }

    /**
     * {@code message}, which the reader gave for {@code text} at {@code line} and {@code column} (from 1), in the
     * author's words.
     */
    static String plain(String message, String text, int line, int column) {
        if (message.startsWith("the file is empty")) {
            return "the file is empty; a scenario file is a JSON object such as " + MINIMAL;
        }
        return plainSyntax(message, text, line, column);
    }

    /**
     * As {@link #plain}, for a JSON file of any kind: the reader's message on broken JSON in plain words, any other
     * as it is.
     */
    public static String plainSyntax(String message, String text, int line, int column) {
        if (!message.startsWith(BROKEN)) {
            return message;
        }
        String parser = message.substring(BROKEN.length());
        String here = at(text, line, column);
        String plain = decimalComma(parser, before(text, line, column), here);
        if (plain == null) {
            plain = syntax(parser, here);
        }
        return BROKEN + withoutFeatureHints(plain);
    }

    private static String syntax(String parser, String here) {
        if (parser.contains("ALLOW_COMMENTS") || parser.contains("ALLOW_YAML_COMMENTS")
                || parser.contains("comment") || here.startsWith("//") || here.startsWith("/*")
                || here.startsWith("#")) {
            return "a comment (" + (here.startsWith("#") ? "#" : here.startsWith("/*") ? "/* */" : "//") + "): JSON "
                    + "has no comments: remove it (a \"description\" field can hold notes, and a shock a \"note\")";
        }
        Matcher bare = Pattern.compile("^([A-Za-z_$][A-Za-z0-9_$]*)\\s*:").matcher(here);
        if (parser.startsWith("expected a field name in double quotes") && bare.find()) {
            return "a field name without double quotes: write \"" + bare.group(1) + "\", not " + bare.group(1);
        }
        if (parser.contains("nesting depth")) {
            return "arrays or objects nested more than 1,000 deep: no file of muhojir's needs more than a few levels";
        }
        if (parser.contains("Number value length") || parser.contains("number length")) {
            return "a number with more digits than any value needs: write it with at most a few hundred";
        }
        Matcher token = Pattern.compile("Non-standard token '([^']*)'").matcher(parser);
        if (token.find()) {
            return token.group(1) + " is not a number JSON allows: write a number";
        }
        if (parser.contains("ALLOW_LEADING_PLUS_SIGN") || parser.contains("plus sign")) {
            return "a number with a plus sign: JSON has none; write the number without it (2, not +2)";
        }
        if (parser.contains("Leading zeroes not allowed") || parser.contains("ALLOW_LEADING_ZEROS")) {
            return "a number with a leading zero: write it without (5, not 05; a month is text in quotes, "
                    + "\"2025-01\")";
        }
        if (parser.contains("Decimal point not followed by a digit")) {
            return "a number ends with a decimal point: write a digit after it (1.0 or 1, not 1.)";
        }
        if (parser.contains("Exponent indicator not followed by a digit")) {
            return "a number ends with an exponent's 'e' and no digits: write the exponent (1e3) or remove the e";
        }
        if (here.matches("(?s)[+-]?\\.[0-9].*")) {
            return "a number starts with a decimal point: write a 0 before it (0.5, not .5)";
        }
        if (parser.startsWith("Illegal unquoted character")) {
            return parser.contains("code 10") || parser.contains("code 13")
                    ? "a line break inside text: text in double quotes must end on the line it starts on; close "
                    + "the quote, or write \\n for a line break"
                    : parser.contains("code 9") ? "a tab inside text: write a space, or \\t"
                    : "an invisible control character inside text: remove it";
        }
        Matcher escape = Pattern.compile("Unrecognized character escape '(.)'").matcher(parser);
        if (escape.find()) {
            return "\\" + escape.group(1) + " is not an escape JSON knows: a backslash in text is written \\\\ (a "
                    + "folder path can use / instead); the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX";
        }
        if (here.startsWith("'")) {
            return "text in single quotes: JSON needs double quotes (\"Russia\", not 'Russia')";
        }
        Matcher unexpected = Pattern.compile("^Unexpected character \\('(.)'\\)(?: \\(code \\d+\\))?: expected a "
                + "valid value").matcher(parser);
        if (unexpected.find()) {
            return unexpected.group(1).equals(",") ? "a value is missing before ',': remove the extra comma, or "
                    + "write the value" : "expected a value (" + A_VALUE + "), found '" + unexpected.group(1) + "'";
        }
        return parser;
    }

    /** {@code s} without what is left of a parser's feature hint ("enable `JsonReadFeature.X` to allow"). */
    static String withoutFeatureHints(String s) {
        return s.replaceAll("\\s*\\((?:[^()]*\\bFeature\\b[^()]*)\\)", "")
                .replaceAll("[:;,]?\\s*enable `?[A-Za-z.]*ALLOW_[A-Z_]+`? to allow", "")
                .replaceAll("\\s*\\b(?:JsonReadFeature|JsonParser\\.Feature)\\.[A-Z_]+", "")
                .replaceAll("\\s*\\bALLOW_[A-Z_]+\\b", "")
                .strip();
    }

    /**
     * A number written with a decimal comma ({@code 1,3}, as Russian and Tajik write 1.3): the parser takes the
     * comma for the one between fields and stops at the digits after it. Null if it is not that.
     */
    private static String decimalComma(String parser, String before, String here) {
        Matcher number = Pattern.compile("(-?[0-9]+),\\s*$").matcher(before);
        Matcher digits = Pattern.compile("^([0-9]+)").matcher(here);
        if ((parser.startsWith("expected a field name in double quotes") || parser.startsWith("Unexpected character"))
                && number.find() && digits.find()) {
            return "a number with a decimal comma (" + number.group(1) + "," + digits.group(1) + "): JSON writes "
                    + "a decimal point, " + number.group(1) + "." + digits.group(1);
        }
        return null;
    }

    /** The text of {@code line} before {@code column} (from 1). */
    private static String before(String text, int line, int column) {
        String whole = at(text, line, 1);
        return column >= 1 && column - 1 <= whole.length() ? whole.substring(0, column - 1) : "";
    }

    /** The text from {@code line} and {@code column} (from 1) to the end of that line; empty if there is none. */
    private static String at(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', offset);
            if (nl < 0) {
                return "";
            }
            offset = nl + 1;
        }
        int end = text.indexOf('\n', offset);
        String rest = text.substring(offset, end < 0 ? text.length() : end);
        return column >= 1 && column - 1 <= rest.length() ? rest.substring(column - 1) : "";
    }
}
