package org.muhojir.scenarios.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which file extends which, and at which line, as one scenario's files are read. A problem found in a file the
 * scenario extends, at any depth, then says how that file was reached, so that whoever ran
 * {@code muhojir run my-policy.json} knows why {@code base.json} was read at all:
 * {@code base.json:12:5: $.shocks[0].start: ... (base.json is read because my-policy.json, line 3, extends it)},
 * and for a longer chain each link from the scenario's own file down. One is made for each scenario loaded; it is
 * not shared.
 */
final class ExtendsLinks {
    /** A file's {@code "extends"}: the file that names the parent, and the line of the name. */
    private record Link(String child, int line) {
    }

    private final Map<String, Link> byParent = new HashMap<>();

    /** Records that {@code child} extends {@code parent} (files as messages name them) at {@code line}. */
    void add(String parent, String child, int line) {
        byParent.putIfAbsent(parent, new Link(child, line));
    }

    /** Each of {@code problems} with how its file was reached, if it is in a file the scenario extends. */
    List<ScenarioProblem> placed(List<ScenarioProblem> problems) {
        return problems.stream().map(this::placed).toList();
    }

    private ScenarioProblem placed(ScenarioProblem problem) {
        String chain = chain(problem.source().file());
        return chain.isEmpty() ? problem : new ScenarioProblem(problem.source(), problem.path(),
                problem.message() + " (" + chain + ")");
    }

    /**
     * Why {@code file} is read: "base.json is read because my-policy.json, line 3, extends it", or through several
     * files "grand.json is read because my-policy.json, line 3, extends base.json, whose line 2 extends grand.json";
     * empty for the scenario's own file and for what no file extends (the core model's defaults).
     */
    String chain(String file) {
        Deque<Link> links = linksTo(file);
        if (links.isEmpty()) {
            return "";
        }
        Link first = links.pop();
        StringBuilder b = new StringBuilder(file).append(" is read because ").append(first.child())
                .append(", line ").append(first.line()).append(", extends ");
        if (links.isEmpty()) {
            return b.append("it").toString();
        }
        links.forEach(l -> b.append(l.child()).append(", whose line ").append(l.line()).append(" extends "));
        return b.append(file).toString();
    }

    /** The links that lead to {@code file}, the scenario's own file's first; none if no file extends it. */
    private Deque<Link> linksTo(String file) {
        Deque<Link> links = new ArrayDeque<>();
        Link link = byParent.get(file);
        while (link != null && links.size() < byParent.size()) {
            links.push(link);
            link = byParent.get(link.child());
        }
        return links;
    }
}
