package org.brainbridge.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.brainbridge.support.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Checks the administrator token sent in the {@value #HEADER} header. Deny by default: no token, no access. */
@Component
public class AdminGuard {

    public static final String HEADER = "X-Admin-Token";
    /** The GraphQL context key the web interceptor copies the header to. */
    public static final String CONTEXT_KEY = "adminToken";

    private static final Logger log = LoggerFactory.getLogger(AdminGuard.class);

    private final byte[] token;

    AdminGuard(AdminProperties properties) {
        String configured = properties.token();
        this.token = (configured == null || configured.isBlank() ? stored(properties.tokenFile()) : configured)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Throws unless the presented token is the administrator's. */
    public void requireAdmin(String presented) {
        if (presented == null || !MessageDigest.isEqual(token, presented.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException(
                    "This operation is for administrators: send the admin token in the " + HEADER + " header");
        }
    }

    private static String stored(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String generated = HexFormat.of().formatHex(bytes);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, generated);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.warn("Cannot restrict permissions of {} on this file system", file);
            }
            log.info("Generated an admin token in {}", file.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the admin token file " + file, e);
        }
    }
}
