// Runs the real Neo4j Community engine in-process with a Bolt connector on loopback,
// for machines without Docker. Usage: Launcher --data DIR --port N --user U [--password P] [--config FILE]
// (the password is read from TALENT_GRAPH_NEO4J_PASSWORD when set; FILE holds further neo4j.conf settings)
package talentgraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public final class Launcher {
    private static final CountDownLatch STOPPED = new CountDownLatch(1);

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path data = Path.of(require(opts, "data")).toAbsolutePath();
        int port = Integer.parseInt(require(opts, "port"));
        String user = opts.getOrDefault("user", "neo4j");
        // The password comes from the environment (readable only by this user), not the command line (readable by
        // every user through ps); --password remains for running the launcher by hand.
        String envPassword = System.getenv("TALENT_GRAPH_NEO4J_PASSWORD");
        String password = envPassword != null && !envPassword.isEmpty() ? envPassword : require(opts, "password");
        long pageCacheMb = Long.parseLong(opts.getOrDefault("pagecache-mb", "256"));
        long txMaxMb = Long.parseLong(opts.getOrDefault("tx-memory-mb", "512"));

        if (password.length() < 8) {
            fail("the password must have at least 8 characters (Neo4j's minimum)");
        }
        // Say plainly which port is taken instead of letting Netty fail with a bind stack trace.
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            fail("port " + port + " on 127.0.0.1 is already in use; stop what listens there or choose another port (NEO4J_EMBEDDED_PORT)");
        }

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(data);
        // Further settings in neo4j.conf's format, read first so that the launcher's own settings below (loopback
        // only, auth on, no file URLs) always win. Neo4j validates them strictly: an unknown name fails the start.
        if (opts.containsKey("config")) {
            builder.loadPropertiesFromFile(Path.of(opts.get("config")));
        }
        builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                // Bound what one query may hold, so a runaway query fails instead of starving the JVM.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMaxMb))
                // LOAD CSV may never read this machine's files.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // Bolt waits up to 10 s by default for idle worker threads on shutdown; a local engine need not.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (IllegalArgumentException e) {
            // Neo4j's own words name the setting (an unknown name, a value of the wrong kind); no stack trace.
            fail("the Neo4j settings are not valid: " + e.getMessage());
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dbms), "neo4j-shutdown"));

        String version;
        try {
            setPassword(dbms, user, password);
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            version = db.executeTransactionally(
                    "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
                    r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "unknown");
        } catch (RuntimeException e) {
            fail("could not prepare the database: " + e.getMessage());
            return;
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + " version=" + version + " edition=community");
        System.out.flush();

        // The parent holds our stdin open; when it dies (even by SIGKILL) the pipe closes and we stop,
        // so a JVM is never left behind.
        if (opts.containsKey("watch-stdin")) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    while (in.read() != -1) {
                        // ignore input; only the end of the stream matters
                    }
                } catch (IOException ignored) {
                    // a broken pipe means the parent is gone too
                }
                System.out.println("NEO4J_PARENT_GONE stopping");
                System.exit(0);
            }, "parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        STOPPED.await();
    }

    private static void setPassword(DatabaseManagementService dbms, String user, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = new HashMap<>();
        params.put("user", user);
        params.put("password", password);
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n", params,
                r -> ((Number) r.next().get("n")).longValue() > 0);
        if (exists) {
            try {
                system.executeTransactionally(
                        "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
            } catch (RuntimeException e) {
                // A restart with the same password is the normal case, not an error.
                if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                    throw e;
                }
            }
        } else {
            system.executeTransactionally(
                    "CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
        }
    }

    private static synchronized void stop(DatabaseManagementService dbms) {
        if (STOPPED.getCount() == 0) {
            return;
        }
        System.out.println("NEO4J_STOPPING");
        System.out.flush();
        try {
            dbms.shutdown();
        } finally {
            System.out.println("NEO4J_STOPPED");
            System.out.flush();
            STOPPED.countDown();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                fail("unexpected argument '" + a + "'");
            }
            String key = a.substring(2);
            if (key.equals("watch-stdin")) {
                opts.put(key, "true");
                continue;
            }
            if (i + 1 >= args.length) {
                fail("option --" + key + " needs a value");
            }
            opts.put(key, args[++i]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null || v.isEmpty()) {
            fail("missing required option --" + key);
        }
        return v;
    }

    private static void fail(String message) {
        System.err.println("NEO4J_ERROR " + message);
        System.exit(2);
    }
}
