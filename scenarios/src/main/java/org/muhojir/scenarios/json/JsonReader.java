package org.muhojir.scenarios.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a {@link Json} tree in which every value knows its line and column. Uses Jackson's streaming
 * parser, so syntax errors carry Jackson's exact position. A field given twice in one object is a problem, not
 * silently the last one.
 */
public final class JsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private final String file;
    private final List<JsonProblem> problems = new ArrayList<>();

    private JsonReader(String file) {
        this.file = file;
    }

    /**
     * Parses {@code text}; {@code file} is how the file is named in messages.
     *
     * @return the tree and every problem found; the tree is null when the text is not JSON
     */
    public static Result read(String file, String text) {
        JsonReader r = new JsonReader(file);
        Json tree = null;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                r.problems.add(new JsonProblem(new Source(file, 1, 1, "$"), "$", "the file is empty; expected a JSON "
                        + "object {...}"));
            } else {
                tree = r.value(p, "$");
                if (p.nextToken() != null) {
                    r.problems.add(new JsonProblem(r.at(p.currentTokenLocation(), "$"), "$",
                            "unexpected text after the end of the JSON object"));
                }
            }
        } catch (UnreadableNumber e) {
            r.problems.add(new JsonProblem(e.at, e.path, "the number " + e.text + " cannot be read: its exponent "
                    + "is out of range; write it as a plain number such as 0.5 or 1200"));
            tree = null;
        } catch (JsonProcessingException e) {
            r.problems.add(new JsonProblem(r.at(e.getLocation(), "$"), "$", "broken JSON: "
                    + SyntaxMessage.of(e, text)));
            tree = null;
        } catch (IOException e) {
            r.problems.add(new JsonProblem(new Source(file, 1, 1, "$"), "$", "could not read: " + e.getMessage()));
            tree = null;
        }
        return new Result(tree, List.copyOf(r.problems));
    }

    /** A number whose exponent no decimal can hold ({@code 1e9999999999}): the file cannot be read on. */
    private static final class UnreadableNumber extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Source at;
        private final String path;
        private final String text;

        UnreadableNumber(Source at, String path, String text) {
            super(text, null, false, false);
            this.at = at;
            this.path = path;
            this.text = text;
        }
    }

    /** The tree (null if the text is not JSON) and every problem found. */
    public record Result(Json tree, List<JsonProblem> problems) {
    }

    /** A problem found while reading. */
    public record JsonProblem(Source source, String path, String message) {
    }

    private Json value(JsonParser p, String path) throws IOException {
        Source at = at(p.currentTokenLocation(), path);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT:
                return object(p, path, at);
            case START_ARRAY:
                List<Json> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, path + "[" + items.size() + "]"));
                }
                return new Json.Arr(at, items);
            case VALUE_STRING:
                String text = p.getText();
                if (hasLoneSurrogate(text)) {
                    problems.add(new JsonProblem(at, path, "text with half of a character (a lone surrogate escape "
                            + "such as \\ud800, which no file name or output can hold): write the whole character, or "
                            + "leave the escape out"));
                }
                return new Json.Str(at, text);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                try {
                    return new Json.Num(at, p.getDecimalValue());
                } catch (NumberFormatException e) {
                    throw new UnreadableNumber(at, path, p.getText());
                }
            case VALUE_TRUE:
                return new Json.Bool(at, true);
            case VALUE_FALSE:
                return new Json.Bool(at, false);
            case VALUE_NULL:
                return new Json.Null(at);
            default:
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    /** Whether {@code s} holds a UTF-16 surrogate without its other half. */
    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private Json object(JsonParser p, String path, Source at) throws IOException {
        Map<String, Json.Field> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String childPath = JsonPath.child(path, name);
            Source nameAt = at(p.currentTokenLocation(), childPath);
            p.nextToken();
            Json v = value(p, childPath);
            Json.Field earlier = fields.get(name);
            if (earlier != null) {
                problems.add(new JsonProblem(nameAt, childPath, "field \"" + name + "\" is given twice (first at line "
                        + earlier.nameSource().line() + "); keep one"));
            }
            fields.put(name, new Json.Field(name, nameAt, v));
        }
        return new Json.Obj(at, fields);
    }

    private Source at(JsonLocation l, String path) {
        if (l == null) {
            return new Source(file, 1, 1, path);
        }
        return new Source(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()), path);
    }
}
