#!/usr/bin/env python3
"""Makes gui/src/main/resources/org/muhojir/gui/map/borders.txt, the country outlines of the visualizer's map.

Source: Natural Earth's 1:50m admin-0 countries (public domain), as TopoJSON in the npm package world-atlas 2.0.2
(countries-50m.json). Usage, from the repository root:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 gui/tools/make_borders.py package/countries-50m.json > gui/src/main/resources/org/muhojir/gui/map/borders.txt

Only the countries the map shows are kept, simplified (Douglas-Peucker) to what each part of the map can draw:
each ring cut to its window (with a margin of ten tolerances):
'world' rings for the world strip (82 W to 134 E, 18 N to 62 N; 0.12 degrees, a little over half a map unit) and
'inset' rings for the enlarged Tajikistan (67 E to 75.5 E, 36.4 N to 41.3 N; 0.012 degrees).
"""
import json
import sys

WINDOWS = {
    "world": ((-82.0, 134.0, 18.0, 62.0), 0.12, 2),
    "inset": ((67.0, 75.5, 36.4, 41.3), 0.012, 3),
}


def decode(topology):
    t = topology["transform"]
    (sx, sy), (tx, ty) = t["scale"], t["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indices):
    out = []
    for i in indices:
        points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(points if not out else points[1:])
    return out


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    (x0, y0), (x1, y1) = points[0], points[-1]
    dx, dy = x1 - x0, y1 - y0
    norm = (dx * dx + dy * dy) ** 0.5
    worst, at = 0.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        d = abs(dy * px - dx * py + x1 * y0 - y1 * x0) / norm if norm > 0 else ((px - x0) ** 2 + (py - y0) ** 2) ** 0.5
        if d > worst:
            worst, at = d, i
    if worst <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[:at + 1], tolerance)[:-1] + simplify(points[at:], tolerance)


def clip(points, window, margin):
    """Sutherland-Hodgman: the ring cut to the window widened by margin degrees (the map clips the rest)."""
    west, east, south, north = window
    edges = [
        (lambda p: p[0] >= west - margin, lambda a, b: cross_x(a, b, west - margin)),
        (lambda p: p[0] <= east + margin, lambda a, b: cross_x(a, b, east + margin)),
        (lambda p: p[1] >= south - margin, lambda a, b: cross_y(a, b, south - margin)),
        (lambda p: p[1] <= north + margin, lambda a, b: cross_y(a, b, north + margin)),
    ]
    for inside, cross in edges:
        if not points:
            return points
        out = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    out.append(cross(previous, current))
                out.append(current)
            elif inside(previous):
                out.append(cross(previous, current))
        points = out
    return points


def cross_x(a, b, x):
    f = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + f * (b[1] - a[1]))


def cross_y(a, b, y):
    f = (y - a[1]) / (b[1] - a[1])
    return (a[0] + f * (b[0] - a[0]), y)


def touches(points, window):
    west, east, south, north = window
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return max(xs) >= west and min(xs) <= east and max(ys) >= south and min(ys) <= north


def main(path):
    topology = json.load(open(path))
    arcs = decode(topology)
    print("# Country outlines of the visualizer's map: Natural Earth 1:50m admin-0 countries (public domain; see")
    print("# NATURAL-EARTH.txt beside this file), from the npm package world-atlas 2.0.2, made by gui/tools/make_borders.py.")
    print("# One ring a line: part of the map|country|lon,lat lon,lat ... (degrees east and north)")
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "?")
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            outer = ring(arcs, polygon[0])  # holes (lakes, enclaves) are left out: the map draws outlines
            for part, (window, tolerance, decimals) in WINDOWS.items():
                if not touches(outer, window):
                    continue
                points = simplify(clip(outer, window, 10 * tolerance), tolerance)
                if len(points) < 4:
                    continue
                text = " ".join(f"{x:.{decimals}f},{y:.{decimals}f}" for x, y in points)
                print(f"{part}|{name}|{text}")


if __name__ == "__main__":
    main(sys.argv[1])
