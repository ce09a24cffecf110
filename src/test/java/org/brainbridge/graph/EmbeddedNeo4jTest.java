package org.brainbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.brainbridge.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded default listens on 127.0.0.1 only, keeps authentication on and its password private. */
@IntegrationTest
class EmbeddedNeo4jTest {

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    GraphProperties properties;

    @Test
    void boltIsBoundToLoopbackAndAWrongPasswordIsRejected() {
        assertThat(neo4j.boltUri()).startsWith("bolt://127.0.0.1:");
        try (Driver driver = GraphDatabase.driver(
                neo4j.boltUri(),
                AuthTokens.basic("neo4j", "not-the-password"),
                Config.builder().withoutEncryption().build())) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver driver = GraphDatabase.driver(
                neo4j.boltUri(),
                AuthTokens.basic("neo4j", neo4j.password()),
                Config.builder().withoutEncryption().build())) {
            driver.verifyConnectivity();
        }
    }

    @Test
    void theGeneratedPasswordIsReadableByTheOwnerOnly() throws Exception {
        Path file = properties.embedded().home().resolve(".bolt-password");
        assertThat(Files.readString(file).strip()).isEqualTo(neo4j.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
