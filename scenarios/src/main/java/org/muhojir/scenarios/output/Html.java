package org.muhojir.scenarios.output;

/**
 * An HTML writer that escapes every piece of text and every attribute value it is given, so a page built with it
 * holds no unescaped user text (scenario names, descriptions, shock descriptions). Markup comes only from its
 * element methods; there is no way to append a raw string.
 */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** {@code s} with {@code & < > "} replaced by their entities, safe in text and in quoted attribute values. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Opens an element.
     *
     * @param attributes name and value pairs; values are escaped
     */
    Html open(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    /** Closes an element. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Text, escaped. */
    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** An element holding escaped text: {@code <tag attributes>text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element with no content and no end tag, such as {@code <br>}. */
    Html empty(String tag) {
        return open(tag);
    }

    /** A line break in the source. */
    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
