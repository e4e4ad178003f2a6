package org.muhojir.scenarios.json;

/** Builds JSON paths such as {@code $.shocks[2].destination} or {@code $.destinations['South Korea']}. */
public final class JsonPath {
    private JsonPath() {
    }

    /** The path of field {@code name} of the object at {@code parent}. */
    public static String child(String parent, String name) {
        if (name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("'", "\\'") + "']";
    }

    /** The path of item {@code index} of the array at {@code parent}. */
    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
