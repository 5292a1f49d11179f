package id.slrt.caseengine.platform;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.io.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server run from the zonky binaries (Maven Central) with a persistent data directory.
 * Unlike zonky's own launcher it keeps PostgreSQL's durable defaults (fsync, synchronous commit) and leaves
 * the shutdown to the Spring context, so the engine and the connection pool close before the server stops.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    /** PostgreSQL refuses to run as root; as root (CI, containers) it runs in a user namespace as "nobody". */
    private static final List<String> AS_NON_ROOT = runningAsRoot() ? List.of("unshare", "-U") : List.of();

    private final Path binaries;
    private final Path dataDir;
    private final int port;
    private volatile boolean running;

    private EmbeddedPostgresServer(Path binaries, Path dataDir, int port) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts PostgreSQL on {@code dataDir}, creating the cluster on first use; {@code clean} starts from empty. */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean clean, Map<String, String> settings)
            throws IOException {
        Path binaries = unpackBinaries();
        stopOrphanedPostmaster(binaries, dataDir);
        if (clean && Files.exists(dataDir)) {
            FileUtils.deleteDirectory(dataDir.toFile());
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(binaries, dataDir,
                port == 0 ? freePort() : port);
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            Files.createDirectories(dataDir);
            server.run(Duration.ofMinutes(2), server.bin("initdb"), "-A", "trust", "-U", SUPERUSER, "-D",
                    dataDir.toString(), "-E", "UTF-8", "--locale=C");
        }
        server.startPostmaster(settings);
        return server;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String user() {
        return SUPERUSER;
    }

    public void createDatabaseIfMissing(String database) throws IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + database + " encoding 'UTF8'");
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not create the embedded database '" + database + "'", e);
        }
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            run(Duration.ofSeconds(60), bin("pg_ctl"), "-D", dataDir.toString(), "stop", "-m", "fast", "-w", "-t", "50");
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private void startPostmaster(Map<String, String> settings) throws IOException {
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port), "-c", "listen_addresses=localhost"));
        settings.forEach((key, value) -> {
            options.add("-c");
            options.add(key + "=" + value);
        });
        run(Duration.ofMinutes(2), bin("pg_ctl"), "-D", dataDir.toString(), "-l",
                dataDir.resolve("postgresql.log").toString(), "-o", String.join(" ", options), "-w", "-t", "110", "start");
        running = true;
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(Duration timeout, String... command) throws IOException {
        List<String> full = new ArrayList<>(AS_NON_ROOT);
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("Timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + String.join(" ", command), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("Failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }

    /**
     * A PostgreSQL left running by a JVM that was killed (power cut, SIGKILL) still holds the data directory.
     * Stop it before starting a new one; PostgreSQL recovers from its write-ahead log on the next start.
     */
    static void stopOrphanedPostmaster(Path binaries, Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (RuntimeException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return;
        }
        log.warn("Found PostgreSQL (pid {}) left running on {} by a previous run; stopping it", pid, dataDir);
        ProcessHandle postmaster = process.get();
        postmaster.destroy();
        try {
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }

    private static boolean runningAsRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            id.waitFor(10, TimeUnit.SECONDS);
            return "0".equals(uid);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Unpacks the binaries once per version into the temp directory (shared by every run on the machine). */
    private static synchronized Path unpackBinaries() throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os(), "x86_64")) {
            archive = in.readAllBytes();
        }
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "slrt-embedded-pg");
        Path target = root.resolve("PG-" + digest(archive));
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Files.createDirectories(root);
        Path staging = Files.createTempDirectory(root, "unpack-");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = staging.resolve(entry.getName()).normalize();
                if (!file.startsWith(staging)) {
                    throw new IOException("Unsafe path in PostgreSQL archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().contains("bin/")) {
                        file.toFile().setExecutable(true);
                    }
                }
            }
        }
        Files.createFile(staging.resolve(".complete"));
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException
                 | java.nio.file.DirectoryNotEmptyException e) {
            FileUtils.deleteDirectory(staging.toFile());
        }
        return target;
    }

    private static String os() {
        String name = System.getProperty("os.name").toLowerCase();
        if (name.contains("mac")) {
            return "Darwin";
        }
        return name.contains("win") ? "Windows" : "Linux";
    }

    private static String digest(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
