package org.muhojir.scenarios.format;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the parts of a scenario file mean that are not fields of a core record: a file's own fields ({@code file.*}),
 * a shock's type, end and note ({@code shock.*}), and each shock type. Every field of a core record is documented
 * on the record component itself ({@link org.muhojir.core.param.Param}).
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

    private static final Map<String, String> SHOCK_TYPES = parse("""
        raidWave | More inspections at a destination: raid hazards of legal and irregular migrants are multiplied.
        tightenedRules | Stricter rules to stay legal: dearer patents or visas, harder exams, registration deadlines and registers of "controlled persons" that push legal migrants out of status.
        banPolicy | A change in re-entry bans: their length after a deportation, and optionally mass expulsions of irregular migrants.
        amnesty | An amnesty acting in its first month: bans issued before it are lifted and irregular migrants are regularised.
        exchangeRateShock | A jump in an exchange rate while in force: units of the currency per US dollar are multiplied.
        exchangeRatePath | A whole exchange-rate path that replaces the scenario's while in force (for replaying history).
        borderClosure | A closed border (as in 2020): nobody leaves for the destination and migrants there cannot come home by choice; it reopens when the shock ends.
        quotaChange | A new annual quota of places for Tajik workers (South Korea's EPS, the UK's seasonal visas).
        entryRouteChange | A change of visa regime, such as Turkey ending visa-free entry in April 2024.
        entryExam | A new entry or permit exam, or a change to one: its first-attempt pass rate and whether it is in Russian (Russia's exam for work patents from 2014-09 and 2015-01).
        skillsProgramme | Vocational training at home: a share of untrained households in chosen regions gets a member trained as a welder, crane operator or plumber.
        consularProtection | An embassy that defends its citizens: fewer detentions end in deportation.
        transferFeeChange | A new transfer fee on one remittance corridor or all of them.
        wageShock | Wages at a destination change, in its own currency, for every skill.
        """);

    private FieldDocs() {
    }

    /** The documentation of {@code file.NAME} or {@code shock.NAME}, or null if there is none. */
    public static String of(String key) {
        return DOCS.get(key);
    }

    /** The documentation of a shock type, or null. */
    public static String ofShockType(String type) {
        return SHOCK_TYPES.get(type);
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
