package org.muhojir.scenarios.bench;

/**
 * The machine a benchmark ran on, as the JVM sees it.
 *
 * @param cores        processors available to the JVM ({@link Runtime#availableProcessors()})
 * @param jvm          the JVM's name and version, for example "OpenJDK 64-Bit Server VM 17.0.15+6"
 * @param maxHeapBytes the largest heap the JVM may use ({@link Runtime#maxMemory()}), bytes
 */
public record Machine(int cores, String jvm, long maxHeapBytes) {
    /** This JVM. */
    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                Runtime.getRuntime().maxMemory());
    }
}
