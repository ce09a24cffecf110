package org.brainbridge.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The one door to Neo4j: read transactions for reads, write transactions for writes, every statement
 * parameterised and counted. Tests record the statements a request runs; later, plan checks will too.
 */
@Component
public class GraphGateway {

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final AtomicLong statements = new AtomicLong();
    private final List<StatementRecorder> recorders = new CopyOnWriteArrayList<>();

    GraphGateway(Driver driver, GraphProperties properties) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(properties.database());
    }

    /** Runs work in a read transaction (routed to a secondary in a cluster); retried on transient errors. */
    public <T> T read(Function<Tx, T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> work.apply(new Tx(tx)));
        }
    }

    /** Runs work in a write transaction; retried on transient errors, so the work must be idempotent. */
    <T> T write(Function<Tx, T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> work.apply(new Tx(tx)));
        }
    }

    /**
     * A write transaction that bypasses {@link GraphWriter}, so it leaves no change-log entry and derived indexes never
     * see it. Only for scaffolding on a throwaway store (the search evaluation's baseline full-text index and the
     * properties it indexes); {@code ArchitectureTest} keeps every other package away from it. Domain changes always go
     * through {@link GraphWriter}.
     */
    public <T> T writeScaffolding(Function<Tx, T> work) {
        return write(work);
    }

    /** Convenience: one read statement, all records. */
    public List<Record> query(String cypher, Map<String, Object> parameters) {
        return read(tx -> tx.list(cypher, parameters));
    }

    /** Statements run since start. */
    public long statementCount() {
        return statements.get();
    }

    /** Starts recording every statement run from now on, on any thread, until the recorder is closed. */
    public StatementRecorder record() {
        StatementRecorder recorder = new StatementRecorder(this);
        recorders.add(recorder);
        return recorder;
    }

    private void ran(String cypher) {
        statements.incrementAndGet();
        for (StatementRecorder recorder : recorders) {
            recorder.add(Thread.currentThread().getName(), cypher);
        }
    }

    /** A transaction handed to a unit of work. */
    public final class Tx {
        private final TransactionContext tx;

        private Tx(TransactionContext tx) {
            this.tx = tx;
        }

        public List<Record> list(String cypher, Map<String, Object> parameters) {
            ran(cypher);
            return tx.run(cypher, parameters).list();
        }

        public Record single(String cypher, Map<String, Object> parameters) {
            ran(cypher);
            return tx.run(cypher, parameters).single();
        }

        public void run(String cypher, Map<String, Object> parameters) {
            ran(cypher);
            tx.run(cypher, parameters).consume();
        }
    }

    /** The statements run while it was open. */
    public static final class StatementRecorder implements AutoCloseable {
        private final GraphGateway gateway;
        private final List<String[]> statements = Collections.synchronizedList(new ArrayList<>());

        private StatementRecorder(GraphGateway gateway) {
            this.gateway = gateway;
        }

        private void add(String thread, String cypher) {
            statements.add(new String[] {thread, cypher});
        }

        /** Every statement recorded, from any thread. */
        public List<String> statements() {
            synchronized (statements) {
                return statements.stream().map(s -> s[1]).toList();
            }
        }

        /**
         * The statements of request threads: background work (the search indexer, the caches' change-log followers,
         * whose threads are named {@code <cache>-follower}) left out.
         */
        public List<String> requestStatements() {
            synchronized (statements) {
                return statements.stream()
                        .filter(s -> !s[0].startsWith("search-indexer") && !s[0].endsWith("-follower"))
                        .map(s -> s[1])
                        .toList();
            }
        }

        @Override
        public void close() {
            gateway.recorders.remove(this);
        }
    }
}
