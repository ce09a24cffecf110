package org.brainbridge.evaluation;

import java.util.function.ToIntFunction;

/** How an evaluation command ends: its exit status, or 1 with the stack trace when it failed unexpectedly. */
public final class Command {

    private Command() {}

    /** Runs the command and exits the JVM with its status (0 done, 1 failed, 2 wrong usage or invalid input). */
    public static void exit(ToIntFunction<String[]> command, String[] args) {
        int status;
        try {
            status = command.applyAsInt(args);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        // Exits explicitly: a library thread left behind must not keep a finished evaluation from ending.
        System.exit(status);
    }
}
