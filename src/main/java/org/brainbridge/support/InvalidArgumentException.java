package org.brainbridge.support;

/** A client sent a value that cannot be served; the message says which argument and why. */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;

    public InvalidArgumentException(String argument, String message) {
        super(message);
        this.argument = argument;
    }

    /** The argument path, for example {@code first} or {@code filter.regionId}. */
    public String argument() {
        return argument;
    }
}
