package org.skyroad.station.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The clear-text head of a batch file: who made it for whom, where it sits in the chain, what
 * it holds, and how its payload is sealed. Signed with the rest of the file; readable without
 * any key, so {@code skyroad sync verify} and a person can see what a stick carries. The field
 * list is the contract in docs/sync-batch-format.md.
 */
public record BatchManifest(int formatVersion, UUID batchId, BatchKind kind, String from, String to, long seq,
                            String previousSha256, Instant createdAt, String schemaVersion, String appVersion,
                            long recordCount, long firstRecordSeq, long lastRecordSeq,
                            long ackRecordSeq, long ackBatchSeq, Map<String, Long> counts,
                            long payloadBytes, String payloadSha256, String compression,
                            String encryptionScheme, byte[] ephemeralPublicKey, byte[] nonce,
                            String recipientFingerprint, String signatureScheme, String signerFingerprint) {

    public static final String FORMAT = "skyroad-batch";
    public static final int FORMAT_VERSION = 1;
    public static final String COMPRESSION = "gzip";
    public static final String FILE_SUFFIX = ".srb";

    public BatchManifest {
        counts = counts == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** The name a batch file is written under, e.g. {@code TS-003_to_NGA-HUB_000042.srb}. */
    public String fileName() {
        return fileName(from, to, seq);
    }

    public static String fileName(String from, String to, long seq) {
        return from + "_to_" + to + "_" + String.format(java.util.Locale.ROOT, "%06d", seq) + FILE_SUFFIX;
    }

    /**
     * The associated data authenticated by AES-GCM with the payload: a payload moved into
     * another batch's file does not open there, even before the signature is looked at.
     */
    byte[] associatedData() {
        return (FORMAT + "/" + formatVersion + "|" + batchId + "|" + kind.code() + "|" + from + "|" + to + "|" + seq)
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] toJson() {
        Base64.Encoder b64 = Base64.getEncoder();
        ObjectNode m = SyncJson.MAPPER.createObjectNode();
        m.put("format", FORMAT);
        m.put("formatVersion", formatVersion);
        m.put("batchId", batchId.toString());
        m.put("kind", kind.code());
        m.put("from", from);
        m.put("to", to);
        m.put("seq", seq);
        m.put("previousBatchSha256", previousSha256);
        m.put("createdAt", createdAt.toString());
        m.put("schemaVersion", schemaVersion);
        m.put("appVersion", appVersion);
        ObjectNode records = m.putObject("records");
        records.put("count", recordCount);
        records.put("firstSeq", firstRecordSeq);
        records.put("lastSeq", lastRecordSeq);
        ObjectNode c = records.putObject("countsByEntity");
        counts.forEach(c::put);
        ObjectNode ack = m.putObject("acknowledges");
        ack.put("recordSeq", ackRecordSeq);
        ack.put("batchSeq", ackBatchSeq);
        ObjectNode p = m.putObject("payload");
        p.put("bytes", payloadBytes);
        p.put("sha256", payloadSha256);
        p.put("compression", compression);
        ObjectNode e = p.putObject("encryption");
        e.put("scheme", encryptionScheme);
        e.put("ephemeralPublicKey", b64.encodeToString(ephemeralPublicKey));
        e.put("nonce", b64.encodeToString(nonce));
        e.put("recipientKeyFingerprint", recipientFingerprint);
        ObjectNode s = m.putObject("signature");
        s.put("scheme", signatureScheme);
        s.put("signerKeyFingerprint", signerFingerprint);
        try {
            return SyncJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(m);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Reads a manifest; anything missing or malformed throws {@link IllegalArgumentException}. */
    static BatchManifest parse(byte[] json) {
        JsonNode m;
        try {
            m = SyncJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("manifest is not JSON", e);
        }
        if (m == null || !FORMAT.equals(m.path("format").asText())) {
            throw new IllegalArgumentException("not a batch manifest");
        }
        int version = required(m, "formatVersion").asInt();
        if (version != FORMAT_VERSION) {
            throw new UnsupportedVersionException(version);
        }
        Base64.Decoder b64 = Base64.getDecoder();
        JsonNode records = required(m, "records");
        JsonNode ack = required(m, "acknowledges");
        JsonNode p = required(m, "payload");
        JsonNode e = required(p, "encryption");
        JsonNode s = required(m, "signature");
        Map<String, Long> counts = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = required(records, "countsByEntity").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> en = it.next();
            if (!en.getValue().canConvertToLong()) {
                throw new IllegalArgumentException("count of " + en.getKey());
            }
            counts.put(en.getKey(), en.getValue().asLong());
        }
        JsonNode prev = m.path("previousBatchSha256");
        return new BatchManifest(version, UUID.fromString(text(m, "batchId")), BatchKind.parse(text(m, "kind")),
                text(m, "from"), text(m, "to"), number(m, "seq"), prev.isTextual() ? prev.asText() : null,
                Instant.parse(text(m, "createdAt")), m.path("schemaVersion").asText(""), m.path("appVersion").asText(""),
                number(records, "count"), number(records, "firstSeq"), number(records, "lastSeq"),
                number(ack, "recordSeq"), number(ack, "batchSeq"), counts,
                number(p, "bytes"), text(p, "sha256"), text(p, "compression"),
                text(e, "scheme"), b64.decode(text(e, "ephemeralPublicKey")), b64.decode(text(e, "nonce")),
                text(e, "recipientKeyFingerprint"), text(s, "scheme"), text(s, "signerKeyFingerprint"));
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("manifest lacks " + field);
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = required(n, field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + " is not text");
        }
        return v.asText();
    }

    private static long number(JsonNode n, String field) {
        JsonNode v = required(n, field);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(field + " is not a whole number");
        }
        return v.asLong();
    }

    /** A batch made by a newer program, in a format this one cannot read. */
    static final class UnsupportedVersionException extends IllegalArgumentException {
        final int version;

        UnsupportedVersionException(int version) {
            super("format version " + version);
            this.version = version;
        }
    }
}
