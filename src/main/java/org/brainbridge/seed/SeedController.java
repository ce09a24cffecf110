package org.brainbridge.seed;

import java.nio.file.Path;
import org.brainbridge.security.AdminGuard;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Loading a graph-seed folder into the running portal (the embedded store is locked while it runs). */
@Controller
class SeedController {

    private final SeedService seed;
    private final SeedProperties properties;
    private final AdminGuard admin;

    SeedController(SeedService seed, SeedProperties properties, AdminGuard admin) {
        this.seed = seed;
        this.properties = properties;
        this.admin = admin;
    }

    @MutationMapping
    SeedReport reseed(
            @Argument String location,
            @Argument Boolean includeIllustrative,
            @ContextValue(name = AdminGuard.CONTEXT_KEY, required = false) String token) {
        admin.requireAdmin(token);
        return seed.load(
                location == null ? properties.location() : Path.of(location),
                includeIllustrative == null ? properties.includeIllustrative() : includeIllustrative,
                "admin");
    }
}
