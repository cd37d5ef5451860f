package org.skyroad.station.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A station's side of "sync now": uploads batches to the hub's endpoint ({@link HubServer}) in
 * pieces that resume where the hub stopped receiving, and downloads return batches. Failures
 * of the network are retried with an exponential back-off, a bounded number of times.
 */
public final class HubClient {

    private static final Logger LOG = LoggerFactory.getLogger(HubClient.class);

    /**
     * How to reach the hub. {@code proxy} is "host:port" or null; {@code attempts} counts the
     * first try; the delay doubles from {@code firstDelay} up to {@code maxDelay}.
     */
    public record Options(URI hub, String proxy, int attempts, Duration firstDelay, Duration maxDelay, int chunkBytes,
                          Duration timeout) {

        public static Options defaults(URI hub) {
            return new Options(hub, null, 6, Duration.ofSeconds(1), Duration.ofSeconds(30), 1 << 20, Duration.ofSeconds(60));
        }

        public Options withProxy(String hostPort) {
            return new Options(hub, hostPort, attempts, firstDelay, maxDelay, chunkBytes, timeout);
        }

        public Options withRetries(int tries, Duration first, Duration max) {
            return new Options(hub, proxy, tries, first, max, chunkBytes, timeout);
        }

        public Options withChunk(int bytes) {
            return new Options(hub, proxy, attempts, firstDelay, maxDelay, bytes, timeout);
        }

        /** The wait before retry number {@code retry} (1 for the first retry). */
        public Duration delay(int retry) {
            long ms = firstDelay.toMillis();
            for (int i = 1; i < retry && ms < maxDelay.toMillis(); i++) {
                ms *= 2;
            }
            return Duration.ofMillis(Math.min(ms, maxDelay.toMillis()));
        }
    }

    private final Options options;
    private final HttpClient http;
    private final URI base;
    private final long maxBytes;
    private final List<String> log = new ArrayList<>();

    public HubClient(Options options, long maxBytes) {
        this.options = options;
        this.maxBytes = maxBytes;
        String s = options.hub().toString();
        this.base = URI.create((s.endsWith("/") ? s : s + "/") + HubServer.BASE.substring(1));
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(options.timeout()).version(HttpClient.Version.HTTP_1_1);
        if (options.proxy() != null && !options.proxy().isBlank()) {
            b.proxy(ProxySelector.of(proxyAddress(options.proxy())));
        }
        this.http = b.build();
    }

    /** "host:port" as a proxy address; refused with a sentence when it is not one. */
    public static InetSocketAddress proxyAddress(String hostPort) {
        String s = hostPort.strip().replaceFirst("^https?://", "");
        int colon = s.lastIndexOf(':');
        try {
            if (colon <= 0) {
                throw new NumberFormatException();
            }
            int port = Integer.parseInt(s.substring(colon + 1).replace("/", ""));
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(s.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.sync.proxy", hostPort);
        }
    }

    /** What happened on the wire, for a log or a test: one line per request or retry. */
    public synchronized List<String> log() {
        return List.copyOf(log);
    }

    private synchronized void note(String line) {
        log.add(line);
        LOG.debug(line);
    }

    /** The hub's code at this address, to check it is the right hub. */
    public String hubCode() {
        return retrying("hub", () -> {
            HttpResponse<byte[]> r = http.send(request("hub").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            expect(r.statusCode() == 200, r.statusCode());
            return SyncJson.MAPPER.readTree(r.body()).path("hub").asText();
        });
    }

    /**
     * Uploads one batch file and returns the hub's outcome of importing it. An upload cut
     * short continues from what the hub holds; a batch the hub already applied is not sent again.
     */
    public ImportOutcome upload(byte[] batch, String name, Progress progress) {
        String sha = SyncCrypto.sha256Hex(batch);
        long total = batch.length;
        long[] offset = {-1};
        return retrying(name, () -> {
            if (offset[0] < 0) {
                HttpResponse<Void> h = http.send(request("batches/" + sha).method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(), HttpResponse.BodyHandlers.discarding());
                expect(h.statusCode() == 200, h.statusCode());
                offset[0] = h.headers().firstValueAsLong(HubServer.OFFSET).orElse(0);
                note("HEAD " + name + " -> offset " + offset[0]
                        + h.headers().firstValue(HubServer.STATE).map(s -> " (" + s + ")").orElse(""));
                if (offset[0] > total) {
                    offset[0] = 0;
                }
            }
            while (true) {
                if (progress.isCancelled()) {
                    throw new SyncCancelledException();
                }
                long from = offset[0];
                long to = total == 0 ? 0 : Math.min(total, from + options.chunkBytes());
                byte[] piece = Arrays.copyOfRange(batch, (int) from, (int) to);
                String range = "bytes " + from + "-" + Math.max(from, to - 1) + "/" + total;
                HttpResponse<byte[]> r = http.send(request("batches/" + sha)
                        .header("Content-Range", range).header(HubServer.NAME, name)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(piece)).build(), HttpResponse.BodyHandlers.ofByteArray());
                note("PUT " + name + " " + range + " -> " + r.statusCode());
                switch (r.statusCode()) {
                    case 200, 400, 413 -> {
                        progress.update(total, total, Messages.get("sync.progress.uploading"));
                        return outcome(r.body(), name);
                    }
                    case 202, 409 -> {
                        offset[0] = r.headers().firstValueAsLong(HubServer.OFFSET).orElse(0);
                        progress.update(offset[0], total, Messages.get("sync.progress.uploading"));
                    }
                    default -> throw new IOException("hub answered " + r.statusCode());
                }
            }
        }, () -> offset[0] = -1);
    }

    /** Return batch {@code after + 1} for {@code station}, or empty when the hub has nothing new. */
    public Optional<byte[]> fetchReturn(String station, long after) {
        return retrying("returns/" + station, () -> {
            HttpResponse<InputStream> r = http.send(request("returns/" + station + "?after=" + after).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                note("GET returns/" + station + "?after=" + after + " -> " + r.statusCode());
                if (r.statusCode() == 204) {
                    return Optional.<byte[]>empty();
                }
                if (r.statusCode() == 404) {
                    ImportOutcome o = outcome(in.readAllBytes(), station);
                    throw new InvalidInputException(o.messageKey(), o.args().toArray());
                }
                expect(r.statusCode() == 200, r.statusCode());
                long length = r.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (length > maxBytes) {
                    throw new InvalidInputException("error.sync.tooBig", "returns/" + station, BatchFile.mib(length),
                            BatchFile.mib(maxBytes));
                }
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) {
                    throw new InvalidInputException("error.sync.tooBig", "returns/" + station, BatchFile.mib(bytes.length),
                            BatchFile.mib(maxBytes));
                }
                if (length >= 0 && bytes.length != length) {
                    throw new IOException("download cut short");
                }
                return Optional.of(bytes);
            }
        });
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(options.timeout());
    }

    private static void expect(boolean ok, int status) throws IOException {
        if (!ok) {
            throw new IOException("hub answered " + status);
        }
    }

    static ImportOutcome outcome(byte[] json, String name) throws IOException {
        JsonNode n = json.length == 0 ? null : SyncJson.MAPPER.readTree(json);
        if (n == null || !n.path("state").isTextual()) {
            // an answer without an outcome (a request the hub could not make sense of)
            return new ImportOutcome(ImportOutcome.State.REFUSED, name, null, 0, 0, 0, "error.sync.uploadDamaged",
                    List.of(name), null);
        }
        List<Object> args = new ArrayList<>();
        for (JsonNode a : n.path("args")) {
            args.add(a.isNumber() ? (Object) a.asLong() : a.asText());
        }
        List<ImportOutcome> more = new ArrayList<>();
        for (JsonNode m : n.path("alsoApplied")) {
            more.add(outcome(SyncJson.MAPPER.writeValueAsBytes(m), name));
        }
        return new ImportOutcome(ImportOutcome.State.valueOf(n.path("state").asText()), name,
                n.path("from").isTextual() ? n.path("from").asText() : null, n.path("seq").asLong(), n.path("applied").asLong(),
                n.path("stale").asLong(), n.path("messageKey").asText(), args, more);
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, InterruptedException;
    }

    private <T> T retrying(String what, Call<T> call) {
        return retrying(what, call, () -> { });
    }

    /** Runs {@code call}, retrying network failures with back-off; {@code beforeRetry} resets state. */
    private <T> T retrying(String what, Call<T> call, Runnable beforeRetry) {
        int attempt = 1;
        while (true) {
            try {
                return call.run();
            } catch (IOException e) {
                if (attempt >= options.attempts()) {
                    LOG.warn("giving up on {} after {} attempts", what, attempt, e);
                    throw new StorageException(e, "error.sync.network", options.hub(), attempt);
                }
                Duration wait = options.delay(attempt);
                note("retry " + attempt + " of " + what + " in " + wait.toMillis() + " ms: " + e.getClass().getSimpleName());
                attempt++;
                beforeRetry.run();
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new SyncCancelledException();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncCancelledException();
            }
        }
    }
}
