package org.muhojir.scenarios.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled scenarios: JSON files kept in the repository at {@code scenarios/catalogue/} (where policy staff can
 * read and copy them) and packed in the jar under {@code catalogue/}. {@code catalogue/index.txt} lists their names
 * in the order {@code muhojir list} shows them.
 */
public final class Catalogue {
    private static final String DIR = "catalogue/";
    private static final String EPISODES = "episodes/";

    private final String dir;
    private final List<String> names;
    /** Where names not in this catalogue are looked up (the scenarios episodes extend), or null. */
    private final Catalogue parent;

    private Catalogue(String dir, List<String> names, Catalogue parent) {
        this.dir = dir;
        this.names = List.copyOf(names);
        this.parent = parent;
    }

    /** The scenarios bundled with this program. */
    public static Catalogue bundled() {
        return new Catalogue(DIR, index(DIR), null);
    }

    /**
     * The bundled backcasting episodes ({@code scenarios/episodes/}, packed under {@code episodes/}): its names are
     * the episodes', and a name it lacks (such as {@code baseline-2010}, which episodes extend) is looked up in
     * the bundled catalogue.
     */
    public static Catalogue episodes() {
        return new Catalogue(EPISODES, index(EPISODES), bundled());
    }

    private static List<String> index(String dir) {
        String index = resource(dir + "index.txt");
        if (index == null) {
            throw new IllegalStateException("the bundled " + dir + "index.txt is missing");
        }
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String n = line.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
                names.add(n);
            }
        }
        return names;
    }

    /** The command that lists this catalogue's scenarios, for messages that name one that is not in it. */
    public String listedBy() {
        return dir.equals(EPISODES) ? "muhojir list --episodes" : "muhojir list";
    }

    /** What this catalogue's entries are called in messages: "scenario" or "episode". */
    public String entry() {
        return dir.equals(EPISODES) ? "episode" : "scenario";
    }

    /** Names of the bundled scenarios, in catalogue order. */
    public List<String> names() {
        return names;
    }

    /**
     * For a name the bundled scenarios lack but the episodes have (an episode named where a scenario is expected): a
     * sentence saying what it is and how to replay it; else an empty string.
     */
    public String elsewhere(String name) {
        if (!dir.equals(EPISODES) && episodes().names.contains(name)) {
            return " \"" + name + "\" is an episode, a window of the history replayed from its inputs, not a bundled "
                    + "scenario: replay it with 'muhojir backcast " + name + "', or give its file, scenarios/episodes/"
                    + name + ".json.";
        }
        return "";
    }

    /** Whether a scenario of this name is bundled (here or in the catalogue this one falls back on). */
    public boolean has(String name) {
        return names.contains(name) || parent != null && parent.has(name);
    }

    /** The text of a bundled scenario file. */
    public String text(String name) {
        if (!names.contains(name) && parent != null) {
            return parent.text(name);
        }
        String t = has(name) ? resource(dir + name + ".json") : null;
        if (t == null) {
            throw new IllegalArgumentException("no bundled scenario named '" + name + "'");
        }
        return t;
    }

    /** How a bundled file of this catalogue (or the one it falls back on) is named in messages. */
    public String shown(String name) {
        return !names.contains(name) && parent != null ? parent.shown(name) : dir + name + ".json";
    }

    private static String resource(String path) {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
