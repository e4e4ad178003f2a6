package org.muhojir.scenarios.format;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the parts of a scenario file mean that are not fields of a core record: a file's own fields ({@code file.*}),
 * a shock's type, end and note ({@code shock.*}). Every field of a core record is documented on the record component
 * itself ({@link org.muhojir.core.param.Param}), and each shock type on its record ({@link org.muhojir.core.param.Doc}).
 */
public final class FieldDocs {
    private static final Map<String, String> DOCS = parse("""
        shock.type | The kind of shock (see the list of shock types).
        shock.start | First month in force, "YYYY-MM".
        shock.months | How many months it is in force (at least 1). Leave out both months and end for the rest of the run.
        shock.end | Last month in force, "YYYY-MM" (instead of months).
        shock.note | Free text: where the shock comes from (source, date of the real event).
        file.$schema | The JSON Schema of this format, for editors (ignored by the loader).
        file.schemaVersion | Version of the scenario file format; 1.
        file.extends | The scenario this one starts from: a bundled scenario's name (such as "baseline") or a path relative to this file ("my-base.json"). Leave out to start from the core model's documented defaults.
        """);

    private FieldDocs() {
    }

    /** The documentation of {@code file.NAME} or {@code shock.NAME}, or null if there is none. */
    public static String of(String key) {
        return DOCS.get(key);
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.strip().split("\n")) {
            int bar = line.indexOf('|');
            m.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
        }
        return m;
    }
}
