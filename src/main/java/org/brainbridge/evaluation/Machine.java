package org.brainbridge.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The machine a report was measured on, so numbers from different runs can be told apart. */
public final class Machine {

    private Machine() {}

    public static List<String> describe() {
        List<String> lines = new ArrayList<>();
        Runtime runtime = Runtime.getRuntime();
        lines.add("CPUs available to the JVM: " + runtime.availableProcessors());
        procField(Path.of("/proc/cpuinfo"), "model name").ifPresent(model -> lines.add("CPU model: " + model));
        procField(Path.of("/proc/meminfo"), "MemTotal").ifPresent(memory -> lines.add("Memory: " + memory));
        lines.add("OS: %s %s (%s)"
                .formatted(
                        System.getProperty("os.name"),
                        System.getProperty("os.version"),
                        System.getProperty("os.arch")));
        lines.add("Java: %s %s (%s)"
                .formatted(
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.runtime.version"),
                        System.getProperty("java.vendor")));
        lines.add("Max heap: %d MiB".formatted(runtime.maxMemory() / (1024 * 1024)));
        return lines;
    }

    /** The first value of a "key : value" line in a /proc file; empty where /proc is absent (not Linux). */
    private static Optional<String> procField(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
