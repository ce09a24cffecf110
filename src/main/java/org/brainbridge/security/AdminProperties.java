package org.brainbridge.security;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator token that guards admin operations until accounts and roles exist.
 *
 * @param token the token; when empty, one is generated at first start and kept in {@code tokenFile}
 * @param tokenFile where a generated token is kept, readable by the owner only
 */
@ConfigurationProperties("brainbridge.admin")
public record AdminProperties(
        String token, @DefaultValue("data/admin-token") Path tokenFile) {}
