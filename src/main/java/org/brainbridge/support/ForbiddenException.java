package org.brainbridge.support;

/** The caller may not do this; the message says what is missing, never what the secret is. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
