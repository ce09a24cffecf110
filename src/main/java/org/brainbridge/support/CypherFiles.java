package org.brainbridge.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the long Cypher queries kept under {@code src/main/resources/cypher/<feature>/}. */
public final class CypherFiles {

    private CypherFiles() {}

    public static String load(String path) {
        try (InputStream in = CypherFiles.class.getResourceAsStream("/cypher/" + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher resource cypher/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read cypher/" + path, e);
        }
    }
}
