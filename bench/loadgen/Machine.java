import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on, as the reports describe it. */
final class Machine {

    private Machine() {}

    /** The "Machine" lines of a report: CPU, cores, memory, OS, load now. */
    static String describe() {
        return "- CPU: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores available\n"
                + "- Memory: " + memory() + "; OS: " + os() + "\n"
                + "- Load average when the report was written: " + read("/proc/loadavg") + "\n";
    }

    static String cpu() {
        return lines("/proc/cpuinfo").stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown CPU");
    }

    static String memory() {
        return lines("/proc/meminfo").stream()
                .filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB")
                .findFirst()
                .orElse("?");
    }

    static String os() {
        return lines("/etc/os-release").stream()
                .filter(l -> l.startsWith("PRETTY_NAME="))
                .map(l -> l.substring(13).replace("\"", ""))
                .findFirst()
                .orElse("?");
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (Exception e) {
            return "?";
        }
    }

    /** User + system CPU time of a process in milliseconds, from /proc/PID/stat (-1 if unreadable). */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 1000 / 100; // USER_HZ is 100 on Linux
        } catch (Exception e) {
            return -1;
        }
    }

    private static java.util.List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (Exception e) {
            return java.util.List.of();
        }
    }
}
