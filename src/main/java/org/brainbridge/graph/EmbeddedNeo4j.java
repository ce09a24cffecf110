package org.brainbridge.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a Neo4j Community DBMS inside the application, reachable over Bolt on 127.0.0.1 only,
 * with authentication on and a password generated at first start. The application talks to it through the
 * driver exactly as it would to a server or cluster.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final Map<Path, EmbeddedNeo4j> SHARED = new ConcurrentHashMap<>();
    static final String USER = "neo4j";
    private static final String PASSWORD_FILE = ".bolt-password";

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, String password) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.password = password;
    }

    /** One DBMS per JVM and home folder, stopped when the JVM exits (for test suites with many contexts). */
    static EmbeddedNeo4j shared(GraphProperties.Embedded settings) {
        return SHARED.computeIfAbsent(settings.home().toAbsolutePath().normalize(), home -> {
            EmbeddedNeo4j neo4j = start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::stop, "embedded-neo4j-shutdown"));
            return neo4j;
        });
    }

    static EmbeddedNeo4j start(GraphProperties.Embedded settings) {
        Path home = settings.home().toAbsolutePath().normalize();
        if (settings.fresh()) {
            deleteRecursively(home);
        }
        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                // No usage data leaves the machine, and no network is needed to start.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();
        try {
            GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            int port = db.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT)
                    .getPort();
            String password = passwordIn(home);
            applyPassword(dbms, password);
            log.info(
                    "Embedded Neo4j started in {} ms at {}, Bolt on 127.0.0.1:{}",
                    (System.nanoTime() - started) / 1_000_000,
                    home,
                    port);
            return new EmbeddedNeo4j(dbms, port, password);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    // Embedded access bypasses authentication, so the stored password is (re)applied at every start; a store whose
    // password is already the stored one answers that old and new are the same, which is the state we want.
    private static void applyPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    String password() {
        return password;
    }

    void stop() {
        log.info("Stopping embedded Neo4j");
        dbms.shutdown();
    }

    @Override
    public void close() {
        stop();
    }

    private static String passwordIn(Path home) {
        Path file = home.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String password = HexFormat.of().formatHex(bytes);
            Files.createDirectories(home);
            Files.writeString(file, password);
            ownerOnly(file);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the embedded Neo4j password in " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    private static void deleteRecursively(Path home) {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + home, e);
        }
    }
}
