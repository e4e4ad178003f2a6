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

    private final List<String> names;

    private Catalogue(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The scenarios bundled with this program. */
    public static Catalogue bundled() {
        String index = resource(DIR + "index.txt");
        if (index == null) {
            throw new IllegalStateException("the bundled catalogue is missing (catalogue/index.txt)");
        }
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String n = line.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
                names.add(n);
            }
        }
        return new Catalogue(names);
    }

    /** Names of the bundled scenarios, in catalogue order. */
    public List<String> names() {
        return names;
    }

    /** Whether a scenario of this name is bundled. */
    public boolean has(String name) {
        return names.contains(name);
    }

    /** The text of a bundled scenario file. */
    public String text(String name) {
        String t = has(name) ? resource(DIR + name + ".json") : null;
        if (t == null) {
            throw new IllegalArgumentException("no bundled scenario named '" + name + "'");
        }
        return t;
    }

    /** How a bundled file is named in messages. */
    public static String shownAs(String name) {
        return "catalogue/" + name + ".json";
    }

    private static String resource(String path) {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
