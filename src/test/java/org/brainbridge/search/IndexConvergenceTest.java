package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.brainbridge.BrainBridgeApplication;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.GraphGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal is killed ({@code kill -9}) half-way through seeding, while the indexer is following the writes; after
 * a restart on the same store and index, graph and index agree by themselves.
 */
@Tag("slow")
class IndexConvergenceTest {

    @TempDir
    Path data;

    @Test
    void graphAndIndexAgreeAfterAKillMidWrite() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), BrainBridgeApplication.class.getName()));
        properties("always").forEach((key, value) -> command.add("--" + key + "=" + value));
        command.add("--server.port=0");
        command.add("--brainbridge.search.poll-interval=50ms");
        command.add("--logging.level.org.brainbridge.search=debug");
        Process portal = new ProcessBuilder(command).redirectErrorStream(true).start();
        portal.getOutputStream().close();
        int applied = 0;
        try (var out = new BufferedReader(new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && applied < 3) {
                // The indexer following the seed's writes: applying them, or (a bulk load) putting its rebuild off
                // while the log still grows.
                if (line.contains("Search index at change") || line.contains("Search index rebuild put off")) {
                    applied++;
                }
            }
        } finally {
            portal.destroyForcibly();
            portal.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(applied).as("indexer steps seen before the kill").isEqualTo(3);

        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0"));
        properties("never").forEach((key, value) -> args.add("--" + key + "=" + value));
        try (ConfigurableApplicationContext restarted =
                new SpringApplicationBuilder(BrainBridgeApplication.class).run(args.toArray(String[]::new))) {
            Indexer indexer = restarted.getBean(Indexer.class);
            long sequence = indexer.catchUp();
            assertThat(sequence).isEqualTo(restarted.getBean(ChangeLog.class).currentSequence());
            Set<String> graph = new HashSet<>();
            restarted
                    .getBean(GraphGateway.class)
                    .query("MATCH (n:Entity) RETURN n.id AS id", Map.of())
                    .forEach(r -> graph.add(r.get("id").asString()));
            assertThat(graph).as("nodes written before the kill").isNotEmpty();
            assertThat(restarted.getBean(SearchIndex.class).ids()).isEqualTo(graph);
        }
    }

    private Map<String, Object> properties(String loadOnStart) {
        return Map.of(
                "brainbridge.graph.embedded.home", data.resolve("neo4j").toString(),
                "brainbridge.search.index-dir", data.resolve("index").toString(),
                "brainbridge.admin.token-file", data.resolve("admin-token").toString(),
                "brainbridge.seed.load-on-start", loadOnStart,
                "spring.main.banner-mode", "off");
    }
}
