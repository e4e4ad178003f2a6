package org.muhojir.scenarios.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two packages of the project depend on each other, directly or through others: a package cycle means neither
 * can be understood, tested or moved alone. Dependencies are read from the sources: imports and fully qualified
 * names of {@code org.muhojir} classes, in the main sources of core, scenarios, gui and cluster.
 */
class PackageCyclesTest {
    private static final List<Path> SOURCES = List.of(Path.of("..", "core", "src", "main", "java"),
            Path.of("src", "main", "java"), Path.of("..", "gui", "src", "main", "java"),
            Path.of("..", "cluster", "src", "main", "java"));
    /** A use of a project class: its package, then an upper-case class name. */
    private static final Pattern USE = Pattern.compile("\\b(org\\.muhojir(?:\\.[a-z][a-z0-9]*)+)\\.[A-Z]");

    @Test
    void noPackagesDependOnEachOther() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path root : SOURCES) {
            assertTrue(Files.isDirectory(root), "run from the scenarios module: " + root.toAbsolutePath());
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String pkg = root.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(),
                            ".");
                    graph.computeIfAbsent(pkg, k -> new TreeSet<>()).addAll(uses(Files.readAllLines(f), pkg));
                }
            }
        }
        assertTrue(graph.size() > 20, "packages found: " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "package cycles");
    }

    @Test
    void theCheckFindsACycleThroughThreePackagesAndIgnoresComments() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", uses(List.of("import org.muhojir.b.B;", "// org.muhojir.c.C in a comment"), "a"));
        graph.put("b", uses(List.of("class B { org.muhojir.c.C c; }"), "b"));
        graph.put("c", uses(List.of("import static org.muhojir.a.A.run;"), "c"));
        graph.put("d", uses(List.of("import org.muhojir.a.A;"), "d"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
    }

    /** The project packages (without the "org.muhojir." prefix) that these lines of package {@code pkg} use. */
    static Set<String> uses(List<String> lines, String pkg) {
        Set<String> out = new TreeSet<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("//") || t.startsWith("*") || t.startsWith("/*")) {
                continue;
            }
            int comment = t.indexOf("//");
            Matcher m = USE.matcher(comment >= 0 ? t.substring(0, comment) : t);
            while (m.find()) {
                String used = m.group(1);
                String rel = used.equals("org.muhojir") ? "" : used.substring("org.muhojir.".length());
                if (!rel.equals(pkg) && !rel.isEmpty()) {
                    out.add(rel);
                }
            }
        }
        return out;
    }

    /** The strongly connected groups of more than one package (Tarjan's algorithm), each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        return new Tarjan(graph).run();
    }

    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> low = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<List<String>> found = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<List<String>> run() {
            for (String v : graph.keySet()) {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            }
            return found;
        }

        private void visit(String v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.add(v);
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!graph.containsKey(w)) {
                    continue;
                }
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (stack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> group = new ArrayList<>();
                String w;
                do {
                    w = stack.remove(stack.size() - 1);
                    group.add(w);
                } while (!w.equals(v));
                if (group.size() > 1) {
                    group.sort(null);
                    found.add(group);
                }
            }
        }
    }
}
