package org.muhojir.scenarios.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.param.Problem;
import org.muhojir.core.scenario.InvalidScenarioException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.format.ScenarioFormat;
import org.muhojir.scenarios.format.TreeWriter;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.json.JsonReader;
import org.muhojir.scenarios.json.Source;

/**
 * Loads a scenario by bundled name ({@code baseline}) or by path ({@code my-policy.json}): reads the file and every
 * file it extends, checks each strictly, lays each over its parent (the first over the core model's documented
 * defaults), builds the core {@link Scenario} and lets core validate it. Every problem in every file is collected
 * and reported at once, with file, line, column and JSON path; nothing is thrown before all are known. A problem in a
 * file the scenario extends also says which line of which file read it ({@link ExtendsLinks}).
 */
public final class ScenarioLoader {
    private final Catalogue catalogue;
    private final Path workingDirectory;

    /** A loader that finds bundled scenarios in {@code catalogue} and resolves paths from {@code workingDirectory}. */
    public ScenarioLoader(Catalogue catalogue, Path workingDirectory) {
        this.catalogue = catalogue;
        this.workingDirectory = workingDirectory;
    }

    /** A loader of the bundled catalogue and files relative to the current directory. */
    public static ScenarioLoader standard() {
        return new ScenarioLoader(Catalogue.bundled(), Path.of("").toAbsolutePath());
    }

    /** Where a scenario comes from: a bundled name or a file. */
    private record Ref(String id, String shownAs, String bundledName, Path file) {
        String stem() {
            if (bundledName != null) {
                return bundledName;
            }
            String n = file.getFileName().toString();
            return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
        }
    }

    /**
     * One file read, checked and laid over its parent: the merged tree, whether a file set the sample, and the
     * loader's own warnings of the files read (values legal but probably not meant that only the layering shows).
     */
    private record Layer(Json.Obj merged, boolean sampleFractionSet, List<ScenarioProblem> warnings) {
    }

    /**
     * What loading one scenario gathers as its files are read: the files being read (the scenario's own at the
     * bottom), every problem, each file read, and which file extends which.
     */
    private record Reading(Deque<String> stack, List<ScenarioProblem> problems,
                           Map<String, LoadedScenario.Input> inputs, ExtendsLinks links) {
        Reading() {
            this(new ArrayDeque<>(), new ArrayList<>(), new LinkedHashMap<>(), new ExtendsLinks());
        }

        /** Every problem, each in a file the scenario extends saying how that file was reached. */
        List<ScenarioProblem> placedProblems() {
            return links.placed(problems);
        }
    }

    /**
     * Loads a scenario.
     *
     * @param nameOrPath a bundled scenario's name, or the path of a scenario file
     * @throws ScenarioFileException listing every problem, if there is any
     */
    public LoadedScenario load(String nameOrPath) throws ScenarioFileException {
        Ref ref = topRef(nameOrPath);
        Reading reading = new Reading();
        Layer layer = layer(ref, reading);
        if (layer == null) {
            throw new ScenarioFileException(ref.shownAs(), reading.placedProblems());
        }
        Scenario scenario = build(layer.merged(), ref, reading.problems());
        if (!reading.problems().isEmpty()) {
            throw new ScenarioFileException(ref.shownAs(), reading.placedProblems());
        }
        List<ScenarioProblem> warnings = new ArrayList<>(layer.warnings());
        scenario.warnings().forEach(w -> warnings.add(CoreProblems.locate(layer.merged(), w, ref.shownAs())));
        sortByPlace(warnings);
        return new LoadedScenario(scenario, List.copyOf(reading.inputs().values()), layer.sampleFractionSet(),
                reading.links().placed(warnings));
    }

    private Ref topRef(String nameOrPath) throws ScenarioFileException {
        String unusable = unusableAsPath(nameOrPath);
        if (unusable != null) {
            throw single(nameOrPath, unusable);
        }
        Path p = workingDirectory.resolve(nameOrPath);
        if (Files.isRegularFile(p) || Files.exists(p) && (looksLikePath(nameOrPath) || !catalogue.has(nameOrPath))) {
            return fileRef(p, nameOrPath); // a folder, pipe or device is read as a file, which says what it is
        }
        if (looksLikePath(nameOrPath)) {
            throw single(nameOrPath, "no such file: " + p);
        }
        if (catalogue.has(nameOrPath)) {
            return bundledRef(nameOrPath);
        }
        String elsewhere = catalogue.elsewhere(nameOrPath);
        throw single(nameOrPath, "no bundled " + catalogue.entry() + " or file named \"" + nameOrPath + "\"."
                + (elsewhere.isEmpty() ? Suggest.didYouMean(nameOrPath, catalogue.names()) : elsewhere)
                + " Bundled " + catalogue.entry() + "s: "
                + String.join(", ", catalogue.names()) + " (see: " + catalogue.listedBy() + ")");
    }

    /**
     * Why {@code name} cannot name a file on this machine (a NUL, a lone surrogate, or a character the file system's
     * encoding cannot hold: under {@code LANG=C}, any letter beyond ASCII), or null if it can.
     */
    static String unusableAsPath(String name) {
        try {
            Path.of(name);
            return null;
        } catch (java.nio.file.InvalidPathException e) {
            return "\"" + name.replaceAll("\\p{Cntrl}|\\p{Cs}", "?") + "\" cannot be a file name on this machine ("
                    + e.getReason() + "): rename the file with letters the system's encoding holds"
                    + (java.nio.charset.Charset.defaultCharset().name().equals("UTF-8") ? ""
                    : ", or run with a UTF-8 locale (LANG=C.UTF-8; the encoding here is "
                    + java.nio.charset.Charset.defaultCharset() + ")");
        }
    }

    private static ScenarioFileException single(String what, String message) {
        return new ScenarioFileException(what, List.of(new ScenarioProblem(new Source(what, 0, 0, "$"), "$",
                message)));
    }

    private static boolean looksLikePath(String s) {
        return s.endsWith(".json") || s.contains("/") || s.contains("\\");
    }

    private Ref bundledRef(String name) {
        return new Ref("bundled:" + name, catalogue.shown(name), name, null);
    }

    private Ref fileRef(Path p, String shownAs) {
        Path real = p.toAbsolutePath().normalize();
        return new Ref("file:" + real, shownAs, null, real);
    }

    /** Reads one file and its ancestors; null only if the file is not usable at all. */
    private Layer layer(Ref ref, Reading reading) {
        List<ScenarioProblem> problems = reading.problems();
        FileText content;
        try {
            content = ref.file() != null ? FileText.read(ref.file())
                    : new FileText(catalogue.text(ref.bundledName()), null);
        } catch (FileText.Refused e) {
            problems.add(new ScenarioProblem(new Source(ref.shownAs(), e.line(), e.column(), "$"), "$",
                    e.getMessage()));
            return null;
        }
        String text = content.text();
        if (!startsLikeAnObject(text)) {
            problems.add(new ScenarioProblem(new Source(ref.shownAs(), 1, 1, "$"), "$", "this is not a JSON file "
                    + "(it does not start with '{'); a scenario file is a JSON object such as {\"schemaVersion\": 1, "
                    + "\"extends\": \"baseline\"}"));
            return null;
        }
        reading.inputs().put(ref.id(), new LoadedScenario.Input(ref.shownAs(),
                content.sha256() != null ? content.sha256() : sha256(text)));
        JsonReader.Result read = JsonReader.read(ref.shownAs(), text);
        read.problems().forEach(p -> problems.add(new ScenarioProblem(p.source(), p.path(),
                ReaderMessages.plain(p.message(), text, p.source().line(), p.source().column()))));
        if (read.tree() == null) {
            return null;
        }
        Json.Obj file = new Checker(problems).file(read.tree());
        if (file == null) {
            return null;
        }
        reading.stack().push(ref.id());
        Layer parent = parent(ref, file, reading);
        reading.stack().pop();
        Json.Obj own = withName(withoutFileFields(file), ref);
        List<ScenarioProblem> warnings = new ArrayList<>(parent.warnings());
        checkEventNames(parent.merged(), own, problems, warnings);
        Json.Obj merged = Merger.scenario(parent.merged(), own, ScenarioFormat.SCENARIO);
        boolean sample = parent.sampleFractionSet()
                || own.get("population") instanceof Json.Obj pop && pop.has("sampleFraction");
        return new Layer(merged, sample, warnings);
    }

    /**
     * Checks the names of the events {@code own} gives against those of the scenario it extends: leaving out
     * ({@code []}) an event that scenario does not have is a problem, as a misspelt name would leave the real event
     * in force; adding one under a name close to one of its own is a warning (legal, as a file may add an event of
     * its own, but a misspelt "russia-crackdown-2O24" would add a second crackdown beside the real one).
     */
    private static void checkEventNames(Json.Obj parent, Json.Obj own, List<ScenarioProblem> problems,
                                        List<ScenarioProblem> warnings) {
        if (!(own.get("events") instanceof Json.Obj events)) {
            return;
        }
        List<String> known = parent.get("events") instanceof Json.Obj p ? List.copyOf(p.fields().keySet()) : List.of();
        for (Json.Field f : events.fields().values()) {
            if (known.contains(f.name())) {
                continue;
            }
            String like = Suggest.closest(f.name(), known);
            if (f.value() instanceof Json.Arr a && a.items().isEmpty()) {
                problems.add(new ScenarioProblem(f.nameSource(), f.nameSource().path(), "no event \"" + f.name()
                        + "\" in the scenario extended, so [] leaves nothing out." + Suggest.didYouMean(f.name(), known)
                        + " Its events: " + String.join(", ", known)));
            } else if (like != null) {
                warnings.add(new ScenarioProblem(f.nameSource(), f.nameSource().path(), "adds a new event \""
                        + f.name() + "\"; the events of the scenario it extends stay in force, \"" + like + "\" among "
                        + "them. To change \"" + like + "\", give its name exactly; to leave it out, give it []"));
            }
        }
    }

    /**
     * Whether {@code text} is empty or starts (after white space) as JSON does, or with a comment (which the JSON
     * reader then reports as a comment, at its line): anything else (a system file, a note) is refused without
     * quoting it, so that no content of a file that is not JSON is ever shown.
     */
    private static boolean startsLikeAnObject(String text) {
        String t = text.stripLeading();
        return t.isEmpty() || t.charAt(0) == '{' || t.charAt(0) == '[' || t.startsWith("//") || t.startsWith("/*")
                || t.charAt(0) == '#';
    }

    private Layer parent(Ref ref, Json.Obj file, Reading reading) {
        List<ScenarioProblem> problems = reading.problems();
        Layer defaults = new Layer(TreeWriter.scenario(TajikistanDefaults.baseline(), Source.CORE_DEFAULTS), false,
                List.of());
        if (!(file.get("extends") instanceof Json.Str ext)) {
            return defaults;
        }
        String unusable = unusableAsPath(ext.value());
        if (unusable != null) {
            problems.add(new ScenarioProblem(ext.source(), ext.source().path(), "cannot extend " + Json.show(ext)
                    + ": " + unusable));
            return defaults;
        }
        Path folder = scenarioFolder(reading.stack());
        Ref parentRef = extendsRef(ref, ext.value(), folder);
        if (parentRef == null) {
            problems.add(new ScenarioProblem(ext.source(), ext.source().path(), "cannot extend " + Json.show(ext)
                    + ": " + missingParent(ref, ext.value(), folder)));
            return defaults;
        }
        if (reading.stack().contains(parentRef.id())) {
            problems.add(new ScenarioProblem(ext.source(), ext.source().path(), "extends cycle: "
                    + cycle(reading.stack(), parentRef) + "; expected a chain that ends in a scenario without "
                    + "\"extends\""));
            return defaults;
        }
        reading.links().add(parentRef.shownAs(), ref.shownAs(), ext.source().line());
        Layer p = layer(parentRef, reading);
        return p == null ? defaults : p;
    }

    /**
     * The parent {@code value} names: a bundled scenario, or a file (by a relative path) in the folder of the scenario
     * named on the command line ({@code folder}) or in the working folder, or below either; null if there is none
     * (or the path leads elsewhere, where nothing is read).
     */
    private Ref extendsRef(Ref child, String value, Path folder) {
        if (!looksLikePath(value)) {
            return catalogue.has(value) ? bundledRef(value) : null;
        }
        if (child.file() == null) {
            String name = Path.of(value).getFileName().toString().replaceFirst("\\.json$", "");
            return catalogue.has(name) ? bundledRef(name) : null;
        }
        Path p = child.file().getParent().resolve(value).normalize();
        if (!mayExtend(value, p, folder) || !Files.exists(p)) {
            return null;
        }
        Path shown = workingDirectory.relativize(p);
        return fileRef(p, shown.toString().startsWith("..") ? p.toString() : shown.toString());
    }

    /**
     * Whether a file may name {@code p} (as {@code value}) as its parent: by a relative path that leads, once links
     * are followed, into the scenario's {@code folder} or the working folder, or below either.
     */
    private boolean mayExtend(String value, Path p, Path folder) {
        if (Path.of(value).isAbsolute()) {
            return false;
        }
        Path real = realPath(p);
        return folder != null && real.startsWith(realPath(folder)) || real.startsWith(realPath(workingDirectory));
    }

    /** {@code p} with its links followed, or as written if it does not exist. */
    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The folder of the scenario file named on the command line (the bottom of {@code stack}), or null if bundled. */
    private static Path scenarioFolder(Deque<String> stack) {
        String top = stack.peekLast();
        return top != null && top.startsWith("file:") ? Path.of(top.substring(5)).getParent() : null;
    }

    private String missingParent(Ref child, String value, Path folder) {
        if (looksLikePath(value)) {
            Path where = child.file() == null ? Path.of(value) : child.file().getParent().resolve(value).normalize();
            if (child.file() != null && !mayExtend(value, where, folder)) {
                return "not a file this scenario may extend: a parent is a bundled scenario's name or a path, "
                        + "relative to the file, to a file in the folder of the scenario named on the command "
                        + "line (" + folder + ") or in the working folder (" + workingDirectory + "), or below "
                        + "either (see docs/scenario-reference.md)";
            }
            return "no such file (" + where + "); expected a path relative to this file, or a bundled scenario's "
                    + "name without .json";
        }
        return "no bundled scenario of that name; expected one of " + String.join(", ", catalogue.names()) + "."
                + Suggest.didYouMean(value, catalogue.names());
    }

    private static String cycle(Deque<String> stack, Ref back) {
        List<String> ids = new ArrayList<>(stack);
        java.util.Collections.reverse(ids);
        StringBuilder b = new StringBuilder();
        boolean inCycle = false;
        for (String id : ids) {
            inCycle |= id.equals(back.id());
            if (inCycle) {
                b.append(display(id)).append(" extends ");
            }
        }
        return b.append(display(back.id())).toString();
    }

    private static String display(String id) {
        return id.startsWith("bundled:") ? id.substring(8) : Path.of(id.substring(5)).getFileName().toString();
    }

    private static Json.Obj withoutFileFields(Json.Obj file) {
        Map<String, Json.Field> fields = new LinkedHashMap<>(file.fields());
        Checker.FILE_FIELDS.forEach(fields::remove);
        return new Json.Obj(file.source(), fields);
    }

    /** A file without a name is named after itself; its description is its own (never its parent's). */
    private static Json.Obj withName(Json.Obj file, Ref ref) {
        Map<String, Json.Field> fields = new LinkedHashMap<>();
        Source at = file.source();
        if (!file.has("name")) {
            fields.put("name", new Json.Field("name", at, new Json.Str(at, ref.stem())));
        }
        if (!file.has("description")) {
            fields.put("description", new Json.Field("description", at, new Json.Str(at, "")));
        }
        fields.putAll(file.fields());
        return new Json.Obj(file.source(), fields);
    }

    private Scenario build(Json.Obj merged, Ref top, List<ScenarioProblem> problems) {
        List<ScenarioProblem> found = new ArrayList<>();
        Scenario scenario = null;
        try {
            scenario = Builder.scenario(merged);
        } catch (InvalidScenarioException e) {
            for (Problem p : e.problems()) {
                found.add(CoreProblems.locate(merged, p, top.shownAs()));
            }
        }
        problems.addAll(found);
        sortByPlace(problems);
        return scenario;
    }

    /** Problems file by file (in the order the files were read), each file's from top to bottom. */
    private static void sortByPlace(List<ScenarioProblem> problems) {
        List<String> files = new ArrayList<>();
        problems.forEach(p -> {
            if (!files.contains(p.source().file())) {
                files.add(p.source().file());
            }
        });
        problems.sort(java.util.Comparator.<ScenarioProblem>comparingInt(p -> files.indexOf(p.source().file()))
                .thenComparingInt(p -> p.source().line()).thenComparingInt(p -> p.source().column()));
    }

    /** SHA-256 of {@code text}'s UTF-8 bytes, hexadecimal. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
