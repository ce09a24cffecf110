package org.brainbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * After a {@code kill -9} in the middle of writes, the next start recovers: every acknowledged write is there and the
 * store opens. The writer runs in a child JVM so that it can really be killed.
 */
@Tag("slow")
class CrashRecoveryTest {

    @TempDir
    Path home;

    @Test
    void theStoreRecoversAfterTheProcessIsKilledMidWrite() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWriter.class.getName(),
                        home.toString())
                .redirectErrorStream(true)
                .start();
        long acknowledged = 0;
        try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("acknowledged ")) {
                    acknowledged = Long.parseLong(line.substring("acknowledged ".length()));
                    if (acknowledged >= 20) {
                        break;
                    }
                }
            }
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("writes acknowledged before the kill").isGreaterThanOrEqualTo(20);

        EmbeddedNeo4j restarted = EmbeddedNeo4j.start(new GraphProperties.Embedded(home, 0, "32m", false, false));
        try (Driver driver = GraphDatabase.driver(
                        restarted.boltUri(),
                        AuthTokens.basic("neo4j", restarted.password()),
                        Config.builder().withoutEncryption().build());
                var session = driver.session()) {
            long batches = session.run("MATCH (n:Entity) RETURN count(DISTINCT n.batch) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(batches).isGreaterThanOrEqualTo(acknowledged);
        } finally {
            restarted.stop();
        }
    }

    /** Writes batches forever, printing each acknowledged one, until it is killed. */
    public static final class CrashingWriter {
        public static void main(String[] args) {
            EmbeddedNeo4j neo4j =
                    EmbeddedNeo4j.start(new GraphProperties.Embedded(Path.of(args[0]), 0, "32m", false, false));
            try (Driver driver = GraphDatabase.driver(
                            neo4j.boltUri(),
                            AuthTokens.basic("neo4j", neo4j.password()),
                            Config.builder().withoutEncryption().build());
                    var session = driver.session()) {
                for (long batch = 1; ; batch++) {
                    long b = batch;
                    List<Map<String, Object>> rows = java.util.stream.LongStream.range(0, 200)
                            .mapToObj(i -> Map.<String, Object>of("id", "ent-crash-" + b + "-" + i, "batch", b))
                            .toList();
                    session.executeWrite(tx -> tx.run(
                                    "UNWIND $rows AS row CREATE (n:Entity:Enterprise {id: row.id, batch: row.batch})",
                                    Map.of("rows", rows))
                            .consume());
                    System.out.println("acknowledged " + batch);
                    System.out.flush();
                }
            }
        }
    }
}
