package org.muhojir.scenarios.calibrate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.Target;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.json.JsonWriter;
import org.muhojir.scenarios.json.Source;

/**
 * Writes a targets file (the format {@link TargetsFile} reads), so that what core holds as values can be bundled as
 * a file: {@code TargetsFile.read(name, write(f, note))} gives {@code f} back. A free parameter with its default
 * bounds is written as its name, one with other bounds as {@code {"name", "lower", "upper"}}.
 */
public final class TargetsFileWriter {
    private static final Source HERE = Source.builtIn("generated targets file", "$");

    private TargetsFileWriter() {
    }

    /** The file's JSON text, ending with a newline; {@code note} (free text) is left out when null. */
    public static String write(TargetsFile f, String note) {
        Map<String, Json> top = new LinkedHashMap<>();
        top.put("description", text(f.description()));
        if (note != null) {
            top.put("note", text(note));
        }
        top.put("anchor", text(f.anchor()));
        top.put("targets", new Json.Arr(HERE, f.targets().stream().map(TargetsFileWriter::target).toList()));
        top.put("freeParameters", new Json.Arr(HERE, f.parameters().stream().map(TargetsFileWriter::parameter)
                .toList()));
        top.put("settings", settings(f.settings()));
        return JsonWriter.write(object(top));
    }

    private static Json target(Target t) {
        Map<String, Json> o = new LinkedHashMap<>();
        o.put("id", text(t.id()));
        o.put("description", text(t.description()));
        o.put("year", number(t.year()));
        o.put("moment", text(t.moment().name()));
        o.put("value", number(t.value()));
        o.put("tolerance", number(t.tolerance()));
        o.put("weight", number(t.weight()));
        o.put("source", text(t.source()));
        return object(o);
    }

    private static Json parameter(FreeParameter p) {
        Entry<String, FreeParameter> named = ParameterNames.all().entrySet().stream()
                .filter(e -> e.getValue().name().equals(p.name())).reduce((first, shorter) -> shorter)
                .orElseThrow(() -> new IllegalArgumentException("no name for free parameter " + p.name()));
        FreeParameter defaults = named.getValue();
        if (defaults.lower() == p.lower() && defaults.upper() == p.upper()) {
            return text(named.getKey());
        }
        Map<String, Json> o = new LinkedHashMap<>();
        o.put("name", text(named.getKey()));
        o.put("lower", number(p.lower()));
        o.put("upper", number(p.upper()));
        return object(o);
    }

    private static Json settings(TargetsFile.Settings s) {
        Map<String, Json> o = new LinkedHashMap<>();
        o.put("sample", number(s.sample()));
        o.put("replications", number(s.replications()));
        o.put("parallel", number(s.parallel()));
        o.put("evaluations", number(s.evaluations()));
        o.put("optimiser", text(TargetsFile.optimiserName(s.optimiser())));
        o.put("seed", number(s.seed()));
        o.put("optimiserSeed", number(s.optimiserSeed()));
        o.put("initialStep", number(s.initialStep()));
        return object(o);
    }

    private static Json.Obj object(Map<String, Json> values) {
        Map<String, Json.Field> fields = new LinkedHashMap<>();
        values.forEach((name, v) -> fields.put(name, new Json.Field(name, HERE, v)));
        return new Json.Obj(HERE, fields);
    }

    private static Json text(String s) {
        return new Json.Str(HERE, s);
    }

    /** A number as a person writes it: no exponent, no trailing zeros ({@code 4633800000}, {@code 0.5}, {@code 1}). */
    private static Json number(double d) {
        BigDecimal exact = BigDecimal.valueOf(d).stripTrailingZeros();
        return new Json.Num(HERE, exact.scale() < 0 ? exact.setScale(0) : exact);
    }
}
