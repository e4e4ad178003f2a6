package org.muhojir.scenarios.load;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.muhojir.core.param.FieldInfo;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Problem;
import org.muhojir.core.param.Problems;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.scenarios.format.FieldSpec;
import org.muhojir.scenarios.format.JsonShape;
import org.muhojir.scenarios.format.ScenarioFormat;
import org.muhojir.scenarios.json.Json;

/**
 * Checks one file's tree against the format: types, names, months, required shock fields. Every problem is
 * recorded; what is wrong is dropped from the tree it returns, so the rest can still be merged and validated by
 * core and all problems are reported together.
 */
final class Checker {
    /** Fields every shock may have besides those of its type. */
    static final List<String> SHOCK_FIELDS = List.of("type", "start", "months", "end", "note");
    /** Fields of a file's top level besides those of a scenario. */
    static final List<String> FILE_FIELDS = List.of("$schema", "schemaVersion", "extends");

    private final List<ScenarioProblem> problems;

    Checker(List<ScenarioProblem> problems) {
        this.problems = problems;
    }

    /** Checks a whole file; returns the object with bad parts removed, or null if the file is not an object. */
    Json.Obj file(Json root) {
        if (!(root instanceof Json.Obj o)) {
            problem(root, "expected a JSON object such as {\"schemaVersion\": 1, \"extends\": \"baseline\"}, found "
                    + Json.show(root));
            return null;
        }
        if (o.get("program") instanceof Json.Str p && p.value().equals("muhojir") && o.has("commandLine")) {
            boolean study = o.get("command") instanceof Json.Str c && (c.value().equals("sobol")
                    || c.value().equals("uncertainty"));
            problem(root, study ? "this is the manifest.json of a muhojir " + ((Json.Str) o.get("command")).value()
                    + " output, not a scenario file: its \"scenario\" and \"commandLine\" say what it analysed; give "
                    + "that scenario (a bundled name or its file)"
                    : "this is a run's manifest.json, not a scenario file: the scenario a run ran, with every "
                    + "value filled in, is the scenario.resolved.json (scenario.NAME.resolved.json for compare) in "
                    + "the same folder; give that file to repeat the run");
            return null;
        }
        List<String> known = new ArrayList<>(FILE_FIELDS);
        known.addAll(ScenarioFormat.SCENARIO.names());
        Map<String, Json.Field> kept = new LinkedHashMap<>();
        for (Json.Field f : o.fields().values()) {
            Json v = switch (f.name()) {
                case "$schema", "extends" -> check(f.value(), new JsonShape.Text());
                case "schemaVersion" -> schemaVersion(f.value());
                default -> field(f, ScenarioFormat.SCENARIO, known);
            };
            if (v != null) {
                kept.put(f.name(), new Json.Field(f.name(), f.nameSource(), v));
            }
        }
        if (!o.has("schemaVersion")) {
            problems.add(new ScenarioProblem(o.source(), "$", "missing field \"schemaVersion\"; expected "
                    + "\"schemaVersion\": " + ScenarioFormat.SCHEMA_VERSION + " at the top of the file"));
        }
        return new Json.Obj(o.source(), kept);
    }

    private Json schemaVersion(Json v) {
        Json checked = check(v, new JsonShape.Number(true));
        if (checked instanceof Json.Num n && n.value().intValue() != ScenarioFormat.SCHEMA_VERSION) {
            problem(v, "unsupported schemaVersion; expected " + ScenarioFormat.SCHEMA_VERSION + ", found "
                    + Json.show(v));
            return null;
        }
        return checked;
    }

    /** Checks {@code v} against {@code spec}; returns what is usable of it, or null. */
    Json check(Json v, JsonShape spec) {
        if (spec instanceof JsonShape.Number n) {
            return number(v, n.whole());
        } else if (spec instanceof JsonShape.Bool) {
            return v instanceof Json.Bool ? v : wrong(v, spec);
        } else if (spec instanceof JsonShape.Text) {
            return v instanceof Json.Str ? v : wrong(v, spec);
        } else if (spec instanceof JsonShape.Month) {
            return month(v) != null ? v : null;
        } else if (spec instanceof JsonShape.Choice c) {
            return choice(v, c);
        } else if (spec instanceof JsonShape.Keyed k) {
            return keyed(v, k);
        } else if (spec instanceof JsonShape.Numbers n) {
            return numbers(v, n);
        } else if (spec instanceof JsonShape.Series s) {
            return series(v, s);
        } else if (spec instanceof JsonShape.ChoiceList c) {
            return choiceList(v, c);
        } else if (spec instanceof JsonShape.Rec r) {
            return record(v, r);
        } else if (spec instanceof JsonShape.Destinations d) {
            return destinations(v, d);
        } else if (spec instanceof JsonShape.Shocks s) {
            return shocks(v, s);
        } else if (spec instanceof JsonShape.Events e) {
            return events(v, e);
        }
        throw new IllegalStateException("no check for " + spec);
    }

    private Json number(Json v, boolean whole) {
        if (!(v instanceof Json.Num n)) {
            problem(v, "expected " + (whole ? "a whole number" : "a number") + ", found " + Json.show(v)
                    + notANumberHint(v));
            return null;
        }
        if (whole && (!n.isWhole() || n.value().abs().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
            problem(v, "expected a whole number, found " + Json.show(v));
            return null;
        }
        if (!whole && Double.isInfinite(n.value().doubleValue())) {
            problem(v, "expected a number of ordinary size, found " + Json.show(v));
            return null;
        }
        return v;
    }

    /**
     * What to write instead of a value that is not a number: the number without quotes, without thousands separators
     * ({@code "20,000"} is 20000), a percentage as a share or a factor ({@code "200%"}), or, for months and values
     * ({@code {"2025-01": 17800}}) where one number for the whole run is expected, a shock.
     */
    static String notANumberHint(Json v) {
        if (v instanceof Json.Str s) {
            String text = s.value().strip();
            if (text.matches("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?")) {
                return " (write " + text.replace(",", "") + ": a number has no quotes and no thousands separators)";
            }
            if (text.matches("[+-]?[0-9]+(\\.[0-9]+)? ?%")) {
                return " (write a percentage as a plain number: a share of 12% as 0.12, a factor that doubles a value "
                        + "(+100%) as 2; the field's unit says which)";
            }
            return text.matches("-?[0-9.eE+-]+") ? " (remove the quotes)" : "";
        }
        if (v instanceof Json.Obj o && !o.fields().isEmpty()
                && o.fields().keySet().stream().allMatch(k -> parseMonth(k) != null)) {
            return " (this value holds for the whole run and cannot change by month; to change it from a month on, "
                    + "use a shock, see the scenario reference)";
        }
        return "";
    }

    /** The month a string names, or null after recording a problem. */
    YearMonth month(Json v) {
        if (v instanceof Json.Str s) {
            YearMonth m = parseMonth(s.value());
            if (m != null) {
                return m;
            }
            problem(v, "expected a month such as \"2024-04\", found " + Json.show(v) + monthHint(s.value()));
            return null;
        }
        problem(v, "expected a month such as \"2024-04\", found " + Json.show(v));
        return null;
    }

    /**
     * How to write {@code text}, which is not a month the format reads, as one: a date ({@code "2025-01-15"}), a month
     * without its leading zero ({@code "2025-1"}), with a slash ({@code "2025/01"}), month first ({@code "01-2025"})
     * or a year alone ({@code "2025"}); empty if it looks like none of these.
     */
    static String monthHint(String text) {
        String t = text.strip();
        String form = ": the year, a hyphen and the month in two digits)";
        Matcher date = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.]\\d{1,2}").matcher(t);
        if (date.matches()) {
            String m = yearMonth(date.group(1), date.group(2));
            return m == null ? "" : " (the model runs by month: write \"" + m + "\"" + form;
        }
        Matcher ym = Pattern.compile("(\\d{4}) ?[-/. ] ?(\\d{1,2})").matcher(t);
        Matcher my = Pattern.compile("(\\d{1,2}) ?[-/. ] ?(\\d{4})").matcher(t);
        String m = ym.matches() ? yearMonth(ym.group(1), ym.group(2))
                : my.matches() ? yearMonth(my.group(2), my.group(1)) : null;
        if (m != null) {
            return " (write it as \"" + m + "\"" + form;
        }
        if (t.matches("\\d{4}-\\d{2}")) {
            return " (there is no month " + t.substring(5) + ": months are 01 to 12)";
        }
        if (t.matches("\\d{4}")) {
            return " (a month is needed, not a year: write it as \"" + t + "-01\" for January " + t + form;
        }
        return "";
    }

    /** "2025-01" for year "2025" and month "1", or null if the month is not 1 to 12. */
    private static String yearMonth(String year, String month) {
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? year + "-" + (m < 10 ? "0" : "") + m : null;
    }

    static YearMonth parseMonth(String s) {
        if (!s.matches("\\d{4}-\\d{2}")) {
            return null;
        }
        try {
            return YearMonth.parse(s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Json choice(Json v, JsonShape.Choice c) {
        if (!(v instanceof Json.Str s)) {
            problem(v, "expected " + c.expected() + ", found " + Json.show(v));
            return null;
        }
        if (c.refused().containsKey(s.value())) {
            problem(v, c.refused().get(s.value()));
            return null;
        }
        if (!c.values().containsKey(s.value())) {
            problem(v, "unknown " + c.what() + " " + Json.show(v) + "; expected one of " + String.join(", ", c.names())
                    + "." + Suggest.didYouMean(s.value(), c.names()));
            return null;
        }
        return v;
    }

    private Json keyed(Json v, JsonShape.Keyed k) {
        if (!(v instanceof Json.Obj o)) {
            return wrong(v, k);
        }
        Map<String, Json.Field> kept = new LinkedHashMap<>();
        for (Json.Field f : o.fields().values()) {
            if (!k.keys().contains(f.name())) {
                problems.add(new ScenarioProblem(f.nameSource(), f.nameSource().path(), "unknown " + k.what() + " \""
                        + f.name() + "\"; expected one of " + String.join(", ", k.keys()) + "."
                        + Suggest.didYouMean(f.name(), k.keys())));
                continue;
            }
            Json n = number(f.value(), false);
            if (n != null) {
                kept.put(f.name(), new Json.Field(f.name(), f.nameSource(), n));
            }
        }
        return new Json.Obj(o.source(), kept);
    }

    private Json numbers(Json v, JsonShape.Numbers spec) {
        if (!(v instanceof Json.Arr a)) {
            return wrong(v, spec);
        }
        boolean ok = true;
        if (a.items().size() != spec.length()) {
            problem(v, "expected " + spec.expected() + ", found " + a.items().size() + " number"
                    + (a.items().size() == 1 ? "" : "s"));
            ok = false;
        }
        for (Json item : a.items()) {
            ok &= number(item, false) != null;
        }
        return ok ? v : null;
    }

    private Json series(Json v, JsonShape.Series spec) {
        if (v instanceof Json.Num) {
            return number(v, false);
        }
        if (!(v instanceof Json.Obj o)) {
            return wrong(v, spec);
        }
        if (o.fields().isEmpty()) {
            problem(v, "expected at least one month, found an empty object");
            return null;
        }
        boolean ok = true;
        YearMonth previous = null;
        for (Json.Field f : o.fields().values()) {
            YearMonth m = parseMonth(f.name());
            if (m == null) {
                problems.add(new ScenarioProblem(f.nameSource(), f.nameSource().path(), "expected a month such as "
                        + "\"2024-04\" as the key, found \"" + f.name() + "\"" + monthHint(f.name())));
                ok = false;
            } else if (previous != null && !m.isAfter(previous)) {
                problems.add(new ScenarioProblem(f.nameSource(), f.nameSource().path(), "dates out of order: \""
                        + f.name() + "\" comes after \"" + previous + "\"; expected months in increasing order"));
                ok = false;
            } else if (spec.recorded() && previous != null && !m.equals(previous.plusMonths(1))) {
                problems.add(new ScenarioProblem(f.nameSource(), f.nameSource().path(), gap(previous, m)));
                ok = false;
            }
            if (m != null) {
                previous = m;
            }
            ok &= number(f.value(), false) != null;
        }
        return ok ? v : null;
    }

    /** The message for months missing between {@code previous} and {@code next} in a recorded series. */
    private static String gap(YearMonth previous, YearMonth next) {
        YearMonth first = previous.plusMonths(1);
        YearMonth last = next.minusMonths(1);
        return "a gap: \"" + first + "\"" + (first.equals(last) ? "" : " to \"" + last + "\"") + " missing between \""
                + previous + "\" and \"" + next + "\"; a recorded series (an exchange rate or an index) needs every "
                + "month from its first to its last, or one number for all";
    }

    private Json choiceList(Json v, JsonShape.ChoiceList spec) {
        if (!(v instanceof Json.Arr a)) {
            return wrong(v, spec);
        }
        boolean ok = true;
        for (Json item : a.items()) {
            ok &= choice(item, spec.element()) != null;
        }
        return ok ? v : null;
    }

    private Json record(Json v, JsonShape.Rec spec) {
        if (!(v instanceof Json.Obj o)) {
            problem(v, "expected an object with fields " + String.join(", ", spec.names()) + ", found "
                    + Json.show(v));
            return null;
        }
        Map<String, Json.Field> kept = new LinkedHashMap<>();
        for (Json.Field f : o.fields().values()) {
            Json checked = field(f, spec, spec.names());
            if (checked != null) {
                kept.put(f.name(), new Json.Field(f.name(), f.nameSource(), checked));
            }
        }
        return new Json.Obj(o.source(), kept);
    }

    /** Checks one field of an object against the record it belongs to; unknown names get a suggestion. */
    private Json field(Json.Field f, JsonShape.Rec spec, List<String> known) {
        FieldSpec fs = spec.field(f.name());
        if (fs == null || fs.implicit()) {
            unknown(f, known);
            return null;
        }
        String every = everyHint(fs, f.value());
        if (every != null) {
            problem(f.value(), every);
            return null;
        }
        return check(f.value(), fs.shape());
    }

    /**
     * For an optional choice that means "every one" when left out (a shock's destination), written as "all" (or
     * null): what to write instead, from the field's doc ("leave it out to close every border"); else null.
     */
    private static String everyHint(FieldSpec fs, Json v) {
        boolean all = v instanceof Json.Null || v instanceof Json.Str s && s.value().strip().toLowerCase(
                java.util.Locale.ROOT).matches("all|any|every|everywhere|\\*|(all|every|any) (destinations?|"
                + "corridors?|borders?|countries|country)");
        String doc = fs.doc() == null ? "" : fs.doc();
        int leave = doc.indexOf("leave it out");
        if (!all || !fs.optional() || !(fs.shape() instanceof JsonShape.Choice c) || leave < 0) {
            return null;
        }
        String what = doc.substring(leave + "leave it out".length()).replaceFirst("[.;].*$", "");
        return Json.show(v) + " is not " + c.expected().replaceFirst(":.*$", "") + ": leave \"" + fs.name()
                + "\" out" + what;
    }

    /** Fields of a destination that became the world's events, with the default event each became. */
    private static final Map<String, String> RETIRED_FOR_EVENTS = Map.of("closedFrom", "border-closures-2020",
            "closedMonths", "border-closures-2020", "campaignFrom", "russia-mass-bans-2015", "campaignMonths",
            "russia-mass-bans-2015", "campaignBanMonths", "russia-mass-bans-2015", "campaignExpulsionRate",
            "russia-mass-bans-2015");

    /**
     * A field of other shock types written in one that has none (a destination given to a price shock at home): told
     * which types have it, not that it belongs in a shock.
     */
    private void fieldOfOtherShocks(Json.Field f, String shock, List<String> known) {
        problems.add(new ScenarioProblem(f.nameSource(), f.nameSource().path(), "\"" + f.name() + "\" is not a field "
                + "of " + JsonShape.a(shock) + " shock: shocks of type " + Sections.types(Sections.shockTypesWith(
                f.name())) + " have it." + Suggest.didYouMean(f.name(), known) + " Expected one of: "
                + String.join(", ", known)));
    }

    /**
     * Whether {@code o} has a field whose name is not in {@code known}, belongs nowhere else in the format, and is
     * closest to {@code name}: a misspelt field, told as such with the suggestion of {@code name}, so that the field it
     * stands for is not also said to be missing (a field that belongs elsewhere is told so, and the missing one too).
     */
    private static boolean misspelt(Json.Obj o, String name, List<String> known) {
        return o.fields().keySet().stream().anyMatch(n -> !known.contains(n) && toldAsUnknown(n)
                && name.equals(Suggest.closest(n, known)));
    }

    /**
     * Whether a field called {@code name} that its object does not have is told as unknown, with the closest known
     * name ({@link #unknown}): not a retired destination field, and not one that belongs in another section.
     */
    private static boolean toldAsUnknown(String name) {
        return !RETIRED_FOR_EVENTS.containsKey(name) && Sections.belongsIn(name) == null;
    }

    private void unknown(Json.Field f, List<String> known) {
        String event = RETIRED_FOR_EVENTS.get(f.name());
        String message = toldAsUnknown(f.name())
                ? "unknown field \"" + f.name() + "\"." + Suggest.didYouMean(f.name(), known) + " Expected one of: "
                + String.join(", ", known)
                : event != null ? "\"" + f.name() + "\" is no longer a destination's field: the world's dated "
                + "events are the top-level \"events\" (" + event + " by default); change or leave out the event "
                + "there, for example \"events\": {\"" + event + "\": []}"
                : "\"" + f.name() + "\" does not belong here: it belongs in " + Sections.belongsIn(f.name())
                + "; move it there";
        problems.add(new ScenarioProblem(f.nameSource(), f.nameSource().path(), message));
    }

    private Json destinations(Json v, JsonShape.Destinations spec) {
        if (!(v instanceof Json.Obj o)) {
            return wrong(v, spec);
        }
        Map<String, Json.Field> kept = new LinkedHashMap<>();
        for (Json.Field f : o.fields().values()) {
            if (!spec.keys().values().containsKey(f.name())) {
                problems.add(new ScenarioProblem(f.nameSource(), f.nameSource().path(), "unknown destination \""
                        + f.name() + "\"; expected one of " + String.join(", ", spec.keys().names()) + "."
                        + Suggest.didYouMean(f.name(), spec.keys().names())));
                continue;
            }
            Json checked = record(f.value(), spec.value());
            if (checked != null) {
                kept.put(f.name(), new Json.Field(f.name(), f.nameSource(), checked));
            }
        }
        return new Json.Obj(o.source(), kept);
    }

    private Json events(Json v, JsonShape.Events spec) {
        if (!(v instanceof Json.Obj o)) {
            return wrong(v, spec);
        }
        Map<String, Json.Field> kept = new LinkedHashMap<>();
        for (Json.Field f : o.fields().values()) {
            if (f.name().isBlank()) {
                problems.add(new ScenarioProblem(f.nameSource(), f.nameSource().path(), "an event needs a name, "
                        + "such as \"russia-crackdown-2024\"; found \"" + f.name() + "\""));
                continue;
            }
            if (!(f.value() instanceof Json.Arr)) {
                problem(f.value(), "expected an array of shocks such as [{\"type\": \"raidWave\", \"destination\": "
                        + "\"Russia\", \"start\": \"2024-04\", \"months\": 6, \"raidMultiplier\": 3}], or [] to leave the "
                        + "event out, found " + Json.show(f.value()));
                continue;
            }
            kept.put(f.name(), new Json.Field(f.name(), f.nameSource(), shocks(f.value(), spec.shocks())));
        }
        return new Json.Obj(o.source(), kept);
    }

    private Json shocks(Json v, JsonShape.Shocks spec) {
        if (!(v instanceof Json.Arr a)) {
            problem(v, "expected an array of shocks such as [{\"type\": \"raidWave\", \"destination\": \"Russia\", "
                    + "\"start\": \"2024-04\", \"months\": 6, \"raidMultiplier\": 3}], found " + Json.show(v));
            return null;
        }
        List<Json> kept = new ArrayList<>();
        for (Json item : a.items()) {
            Json checked = shock(item, spec);
            if (checked != null) {
                kept.add(checked);
            }
        }
        return new Json.Arr(a.source(), kept);
    }

    private Json shock(Json v, JsonShape.Shocks spec) {
        if (!(v instanceof Json.Obj o)) {
            problem(v, "expected a shock object such as {\"type\": \"raidWave\", ...}, found " + Json.show(v));
            return null;
        }
        int before = problems.size();
        JsonShape.Rec type = shockType(o, spec);
        List<String> known = new ArrayList<>(SHOCK_FIELDS);
        if (type != null) {
            known.addAll(type.names());
        }
        Map<String, Json.Field> values = new LinkedHashMap<>();
        boolean valuesUsable = type != null;
        for (Json.Field f : o.fields().values()) {
            switch (f.name()) {
                case "type" -> { }
                case "start", "end" -> month(f.value());
                case "months" -> positiveMonths(f.value());
                case "note" -> check(f.value(), new JsonShape.Text());
                default -> {
                    if (type != null && type.field(f.name()) == null
                            && !Sections.shockTypesWith(f.name()).isEmpty()) {
                        fieldOfOtherShocks(f, shockName(o), known);
                    } else if (type != null) {
                        Json checked = field(f, type, known);
                        if (checked != null) {
                            values.put(f.name(), new Json.Field(f.name(), f.nameSource(), checked));
                        } else if (type.field(f.name()) != null) {
                            valuesUsable = false;
                        }
                    }
                }
            }
        }
        if (!o.has("start")) {
            problem(o, "missing field \"start\": the first month the shock is in force, such as \"2024-04\"");
        }
        if (o.has("months") && o.has("end")) {
            problem(o.get("end"), "give either \"months\" or \"end\", not both");
        }
        datesInOrder(o);
        if (type != null) {
            for (FieldSpec f : type.fields()) {
                if (!f.optional() && !o.has(f.name())) {
                    valuesUsable = false;
                    if (!misspelt(o, f.name(), known)) {
                        problem(o, "missing field \"" + f.name() + "\" for " + JsonShape.a(shockName(o))
                                + " shock; expected " + f.shape().expected()
                                + (f.doc() == null ? "" : " (" + f.doc() + ")"));
                    }
                }
            }
        }
        if (type != null && problems.size() == before) {
            return v;
        }
        if (type != null) {
            valuesOfSetAsideShock(new Json.Obj(o.source(), values), type, valuesUsable);
        }
        return null;
    }

    /**
     * Adds what core finds wrong with the values of a shock set aside for other problems (its dates, a field it does
     * not have): the shock never reaches core's validation of the scenario, so without this a value out of its range
     * would be told only once the other problems were mended, a second round of the same file. A shock that can be
     * built ({@code buildable}: every field it requires there and of the right form) is checked as core checks it
     * (its constructor, its fields' ranges, its type's rules between fields); one that cannot has each number it
     * gives checked against its field's range.
     *
     * @param values the shock's own fields that passed their checks
     */
    private void valuesOfSetAsideShock(Json.Obj values, JsonShape.Rec type, boolean buildable) {
        List<Problem> found = buildable ? Builder.shockValueProblems(values, type) : rangeProblems(values, type);
        for (Problem p : found) {
            Json at = values;
            FieldSpec spec = null;
            if (!p.path().steps().isEmpty() && p.path().steps().get(0) instanceof FieldPath.Field f
                    && values.get(f.name()) != null) {
                at = values.get(f.name());
                spec = type.field(f.name());
            }
            problem(at, p.message() + CoreProblems.refusedHint(spec, at) + (p.hint().isEmpty() ? "" : "; "
                    + p.hint()));
        }
    }

    /** Each number of {@code values} that its field's range refuses, at the field's path under the shock. */
    private static List<Problem> rangeProblems(Json.Obj values, JsonShape.Rec type) {
        Problems p = new Problems();
        for (Json.Field f : values.fields().values()) {
            FieldSpec spec = type.field(f.name());
            if (spec != null && spec.info() != null && f.value() instanceof Json.Num n) {
                spec.info().check(n.value().doubleValue(), p, FieldPath.of(f.name()));
            }
        }
        return p.list();
    }

    private JsonShape.Rec shockType(Json.Obj o, JsonShape.Shocks spec) {
        Json t = o.get("type");
        List<String> names = List.copyOf(spec.types().keySet());
        if (t == null) {
            problem(o, "missing field \"type\"; expected one of " + String.join(", ", names));
            return null;
        }
        if (!(t instanceof Json.Str s) || !spec.types().containsKey(s.value())) {
            String given = t instanceof Json.Str s ? s.value() : "";
            problem(t, "unknown shock type " + Json.show(t) + "; expected one of " + String.join(", ", names) + "."
                    + Suggest.didYouMean(given, names));
            return null;
        }
        return spec.types().get(s.value());
    }

    private void positiveMonths(Json v) {
        Json n = number(v, true);
        int least = (int) FieldInfo.of(ScheduledShock.class, "months").min();
        if (n instanceof Json.Num num && num.value().intValue() < least) {
            problem(v, "expected at least " + least + " month, found " + Json.show(v)
                    + " (leave out \"months\" for a shock that lasts to the end of the run)");
        }
    }

    private void datesInOrder(Json.Obj o) {
        if (o.get("start") instanceof Json.Str s && o.get("end") instanceof Json.Str e) {
            YearMonth start = parseMonth(s.value());
            YearMonth end = parseMonth(e.value());
            if (start != null && end != null && end.isBefore(start)) {
                problem(e, "dates out of order: end " + Json.show(e) + " is before start " + Json.show(s)
                        + "; expected an end month on or after the start");
            }
        }
    }

    private static String shockName(Json.Obj o) {
        return o.get("type") instanceof Json.Str s ? s.value() : "";
    }

    private Json wrong(Json v, JsonShape spec) {
        problem(v, "expected " + spec.expected() + ", found " + Json.show(v));
        return null;
    }

    private void problem(Json at, String message) {
        problems.add(new ScenarioProblem(at.source(), at.source().path(), message));
    }
}
