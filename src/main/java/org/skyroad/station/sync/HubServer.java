package org.skyroad.station.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's HTTP endpoint ({@code skyroad hub serve}). The batches protect themselves
 * (signed, encrypted, hash-chained), so plain HTTP on the county network is enough; TLS can be
 * put in front by a reverse proxy. Endpoints, all under {@value #BASE}:
 * <ul>
 *   <li>{@code GET hub}: the hub's code, to check the address is the right hub.</li>
 *   <li>{@code HEAD batches/SHA256}: how many bytes of that upload the hub holds
 *       ({@code Upload-Offset}); {@code Upload-State: applied} when it was already applied.</li>
 *   <li>{@code PUT batches/SHA256} with {@code Content-Range: bytes FIRST-LAST/TOTAL}: one piece
 *       of the batch file, appended when FIRST is the current offset (409 with the offset
 *       otherwise). A piece cut by a dropped connection keeps what arrived. The last piece
 *       gets the import's outcome as JSON; earlier ones 202 with the new offset.</li>
 *   <li>{@code GET returns/STATION?after=N}: return batch N+1 for that station (made now when
 *       there is news), or 204 when there is none.</li>
 * </ul>
 */
public final class HubServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);
    public static final String BASE = "/sync/v1/";
    static final String OFFSET = "Upload-Offset";
    static final String STATE = "Upload-State";
    static final String NAME = "X-Batch-Name";
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,5}-[A-Z0-9]{3,6}");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,120}");

    private final SyncDesk desk;
    private final Path uploads;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private HubServer(SyncDesk desk, Path uploads, HttpServer server, ExecutorService executor) {
        this.desk = desk;
        this.uploads = uploads;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving on {@code address} (port 0: any free port). Partial uploads are kept in
     * {@code uploads} until complete, so an upload resumes after a restart of the hub too.
     */
    public static HubServer start(SyncDesk desk, InetSocketAddress address, Path uploads) throws IOException {
        Files.createDirectories(uploads);
        HttpServer server = HttpServer.create(address, 16);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "hub-http");
            t.setDaemon(true);
            return t;
        });
        HubServer hub = new HubServer(desk, uploads, server, executor);
        server.createContext(BASE, hub::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("hub endpoint listening on {}", server.getAddress());
        return hub;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address clients use, e.g. {@code http://127.0.0.1:8377/}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            String path = ex.getRequestURI().getPath().substring(BASE.length());
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            if (path.equals("hub") && method.equals("GET")) {
                ObjectNode o = SyncJson.MAPPER.createObjectNode();
                o.put("hub", desk.stationCode());
                o.put("fingerprint", desk.ownFingerprint());
                json(ex, 200, o);
            } else if (path.startsWith("batches/")) {
                String sha = path.substring("batches/".length());
                if (!SHA.matcher(sha).matches()) {
                    plain(ex, 404);
                } else if (method.equals("HEAD")) {
                    head(ex, sha);
                } else if (method.equals("PUT")) {
                    put(ex, sha);
                } else {
                    plain(ex, 405);
                }
            } else if (path.startsWith("returns/") && method.equals("GET")) {
                returns(ex, path.substring("returns/".length()));
            } else {
                plain(ex, 404);
            }
        } catch (IOException e) {
            LOG.info("connection ended early: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("hub request failed", e);
            try {
                plain(ex, 500);
            } catch (IOException | RuntimeException ignored) {
                // the client is gone
            }
        }
    }

    private Path part(String sha) {
        return uploads.resolve(sha + ".part");
    }

    private Object lock(String sha) {
        return locks.computeIfAbsent(sha, k -> new Object());
    }

    private void head(HttpExchange ex, String sha) throws IOException {
        synchronized (lock(sha)) {
            if (desk.appliedWithHash(sha).isPresent()) {
                ex.getResponseHeaders().set(STATE, "applied");
            }
            Path p = part(sha);
            ex.getResponseHeaders().set(OFFSET, Long.toString(Files.exists(p) ? Files.size(p) : 0));
            ex.sendResponseHeaders(200, -1);
        }
    }

    private void put(HttpExchange ex, String sha) throws IOException {
        Matcher r = RANGE.matcher(Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Range")).orElse(""));
        if (!r.matches()) {
            plain(ex, 400);
            return;
        }
        long first = Long.parseLong(r.group(1));
        long last = Long.parseLong(r.group(2));
        long total = Long.parseLong(r.group(3));
        String name = Optional.ofNullable(ex.getRequestHeaders().getFirst(NAME))
                .filter(n -> SAFE_NAME.matcher(n).matches()).orElse(sha.substring(0, 16) + BatchManifest.FILE_SUFFIX);
        if (total > desk.maxBatchBytes()) {
            json(ex, 413, outcome(new ImportOutcome(ImportOutcome.State.REFUSED, name, null, 0, 0, 0, "error.sync.tooBig",
                    java.util.List.of(name, BatchFile.mib(total), BatchFile.mib(desk.maxBatchBytes())), null)));
            return;
        }
        if (first > last + 1 || last >= total) {
            plain(ex, 400);
            return;
        }
        synchronized (lock(sha)) {
            if (desk.appliedWithHash(sha).isPresent()) {
                drain(ex.getRequestBody());
                json(ex, 200, outcome(new ImportOutcome(ImportOutcome.State.ALREADY_APPLIED, name, null, 0, 0, 0,
                        "sync.outcome.uploadAgain", java.util.List.of(name), null)));
                return;
            }
            Path p = part(sha);
            long have = Files.exists(p) ? Files.size(p) : 0;
            if (first != have) {
                ex.getResponseHeaders().set(OFFSET, Long.toString(have));
                plain(ex, 409);
                return;
            }
            long expected = total == 0 ? 0 : last - first + 1;
            long got = 0;
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); InputStream in = ex.getRequestBody()) {
                byte[] buf = new byte[1 << 16];
                try {
                    int n;
                    while (got < expected && (n = in.read(buf, 0, (int) Math.min(buf.length, expected - got))) > 0) {
                        ch.write(ByteBuffer.wrap(buf, 0, n));
                        got += n;
                    }
                } finally {
                    ch.force(true); // what arrived stays, even when the connection broke
                }
            }
            long now = have + got;
            if (now < total) {
                ex.getResponseHeaders().set(OFFSET, Long.toString(now));
                plain(ex, 202);
                return;
            }
            byte[] bytes = Files.readAllBytes(p);
            Files.deleteIfExists(p);
            if (!SyncCrypto.sha256Hex(bytes).equals(sha)) {
                json(ex, 400, outcome(new ImportOutcome(ImportOutcome.State.REFUSED, name, null, 0, 0, 0,
                        "error.sync.uploadDamaged", java.util.List.of(name), null)));
                return;
            }
            ImportOutcome o;
            try {
                o = desk.importBytes(bytes, name, Progress.NONE);
            } catch (StationException e) {
                o = new ImportOutcome(ImportOutcome.State.REFUSED, name, null, 0, 0, 0, e.messageKey(),
                        java.util.Arrays.asList(e.args()), null);
            }
            json(ex, 200, outcome(o));
        }
    }

    private void returns(HttpExchange ex, String code) throws IOException {
        if (!CODE.matcher(code).matches()) {
            plain(ex, 404);
            return;
        }
        long after = 0;
        String q = ex.getRequestURI().getQuery();
        if (q != null && q.startsWith("after=")) {
            try {
                after = Long.parseLong(q.substring("after=".length()));
            } catch (NumberFormatException e) {
                plain(ex, 400);
                return;
            }
        }
        Optional<byte[]> batch;
        try {
            batch = desk.returnBatchAfter(code, after);
        } catch (StationException e) {
            json(ex, 404, outcome(new ImportOutcome(ImportOutcome.State.REFUSED, code, null, 0, 0, 0, e.messageKey(),
                    java.util.Arrays.asList(e.args()), null)));
            return;
        }
        if (batch.isEmpty()) {
            ex.sendResponseHeaders(204, -1);
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
        ex.sendResponseHeaders(200, batch.get().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(batch.get());
        }
    }

    static ObjectNode outcome(ImportOutcome o) {
        ObjectNode n = SyncJson.MAPPER.createObjectNode();
        n.put("state", o.state().name());
        n.put("source", o.source());
        n.put("from", o.from());
        n.put("seq", o.seq());
        n.put("applied", o.applied());
        n.put("stale", o.stale());
        n.put("messageKey", o.messageKey());
        ArrayNode args = n.putArray("args");
        for (Object a : o.args()) {
            if (a instanceof Number num) {
                args.add(num.longValue());
            } else {
                args.add(String.valueOf(a));
            }
        }
        n.put("message", Messages.get(java.util.Locale.ENGLISH, o.messageKey(), o.args().toArray()));
        ArrayNode more = n.putArray("alsoApplied");
        for (ImportOutcome m : o.alsoApplied()) {
            more.add(outcome(m));
        }
        return n;
    }

    private static void json(HttpExchange ex, int status, ObjectNode body) throws IOException {
        byte[] bytes = SyncJson.MAPPER.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void plain(HttpExchange ex, int status) throws IOException {
        ex.sendResponseHeaders(status, -1);
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        while (in.read(buf) > 0) {
            // discard: the batch is already applied
        }
    }
}
