package org.brainbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Neo4j is built against particular versions of Lucene, Netty, Jackson and log4j; Spring Boot's dependency management
 * would silently change some of them. This test reads the versions Neo4j declares (its parent POM in the local Maven
 * repository, resolved by the build) and fails when what is on the class path drifts from them.
 */
class Neo4jAlignedVersionsTest {

    @Test
    void librariesOnTheClassPathAreTheOnesNeo4jIsBuiltAgainst() throws Exception {
        String neo4j = mavenVersion(org.neo4j.dbms.api.DatabaseManagementServiceBuilder.class);
        Path parent = localRepository().resolve("org/neo4j/parent/%s/parent-%s.pom".formatted(neo4j, neo4j));
        assertThat(parent).as("Neo4j's parent POM, resolved by Maven").exists();
        String pom = Files.readString(parent);

        Map<String, String> actual = Map.of(
                "lucene.version", org.apache.lucene.util.Version.LATEST.toString(),
                "netty.version",
                        io.netty.util.Version.identify().get("netty-common").artifactVersion(),
                "jackson.version", com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(),
                "log4j.version", mavenVersion(org.apache.logging.log4j.core.LoggerContext.class));
        actual.forEach((property, version) -> assertThat(version)
                .as("%s (Neo4j %s declares it)", property, neo4j)
                .isEqualTo(declared(pom, property)));
    }

    private static String declared(String pom, String property) {
        Matcher m =
                Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as("Neo4j's POM declares %s", property).isTrue();
        return m.group(1).strip();
    }

    /** The version in the Maven metadata of the jar a class comes from. */
    private static String mavenVersion(Class<?> type) throws Exception {
        var jar = type.getProtectionDomain().getCodeSource().getLocation();
        try (var fs = java.nio.file.FileSystems.newFileSystem(Path.of(jar.toURI()));
                var files = Files.walk(fs.getPath("/META-INF/maven"))) {
            Path pomProperties = files.filter(p -> p.getFileName() != null
                            && p.getFileName().toString().equals("pom.properties"))
                    .findFirst()
                    .orElseThrow();
            var properties = new java.util.Properties();
            try (var in = Files.newInputStream(pomProperties)) {
                properties.load(in);
            }
            return properties.getProperty("version");
        }
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
