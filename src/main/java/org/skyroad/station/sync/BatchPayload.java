package org.skyroad.station.sync;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The content of a batch before it is sealed: one JSON document, gzip-compressed,
 * <pre>
 * {"batchId": "...", "records": [
 *   {"seq": 17, "txn": "uuid", "entity": "villager", "id": "uuid", "version": 2,
 *    "op": "UPDATE", "at": "2026-11-23T08:00:00Z", "data": { ...the record's snapshot... }},
 *   ...]}
 * </pre>
 * Written and read as a stream, one record at a time.
 */
final class BatchPayload {

    /** What was written, for the manifest. */
    record Encoded(byte[] gzip, long count, long firstSeq, long lastSeq, Map<String, Long> counts) {
    }

    /** Builds the payload record by record. */
    static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private final JsonGenerator g;
        private final Map<String, Long> counts = new TreeMap<>();
        private long count;
        private long first = 0;
        private long last = 0;

        Writer(UUID batchId) {
            try {
                g = SyncJson.MAPPER.getFactory().createGenerator(new GZIPOutputStream(bytes, 1 << 16), JsonEncoding.UTF8);
                g.writeStartObject();
                g.writeStringField("batchId", batchId.toString());
                g.writeArrayFieldStart("records");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(SyncRecord r) {
            try {
                g.writeStartObject();
                g.writeNumberField("seq", r.seq());
                g.writeStringField("txn", r.txnId() == null ? null : r.txnId().toString());
                g.writeStringField("entity", r.entity());
                g.writeStringField("id", r.entityId().toString());
                g.writeNumberField("version", r.version());
                g.writeStringField("op", r.operation());
                g.writeStringField("at", r.createdAt().toString());
                g.writeFieldName("data");
                g.writeRawValue(r.payloadJson());
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (count == 0) {
                first = r.seq();
            }
            last = r.seq();
            count++;
            counts.merge(r.entity(), 1L, Long::sum);
        }

        long count() {
            return count;
        }

        Encoded finish() {
            try {
                g.writeEndArray();
                g.writeEndObject();
                g.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Encoded(bytes.toByteArray(), count, first, last, counts);
        }
    }

    private BatchPayload() {
    }

    /**
     * Reads the records back. Throws {@link IllegalArgumentException} when the content is not
     * what a batch holds, or inflates beyond {@code maxInflated} bytes.
     */
    static List<SyncRecord> read(byte[] gzip, UUID expectedBatchId, long maxInflated) {
        List<SyncRecord> out = new ArrayList<>();
        try (InputStream in = new Limited(new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16), maxInflated);
             JsonParser p = SyncJson.STREAMING.getFactory().createParser(in)) {
            expect(p.nextToken() == JsonToken.START_OBJECT, "object");
            boolean sawId = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("batchId".equals(field)) {
                    expect(expectedBatchId.toString().equals(p.getValueAsString()), "batch id");
                    sawId = true;
                } else if ("records".equals(field)) {
                    expect(p.currentToken() == JsonToken.START_ARRAY, "records");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode n = p.readValueAsTree();
                        out.add(record(n));
                    }
                    expect(p.currentToken() == JsonToken.END_ARRAY, "end of records");
                } else {
                    p.skipChildren();
                }
            }
            expect(sawId, "batch id");
            expect(p.nextToken() == null, "end");
        } catch (IOException e) {
            throw new IllegalArgumentException("payload unreadable", e);
        }
        return out;
    }

    private static SyncRecord record(JsonNode n) {
        JsonNode data = n.get("data");
        expect(data != null && data.isObject(), "data");
        String txn = n.path("txn").isTextual() ? n.path("txn").asText() : null;
        expect(n.path("seq").isIntegralNumber() && n.path("version").isIntegralNumber(), "numbers");
        String op = n.path("op").asText();
        expect("CREATE".equals(op) || "UPDATE".equals(op) || "DELETE".equals(op), "operation");
        String entity = n.path("entity").asText();
        expect(!entity.isEmpty() && entity.length() <= 32, "entity");
        return new SyncRecord(n.get("seq").asLong(), txn == null ? null : UUID.fromString(txn), entity,
                UUID.fromString(n.path("id").asText()), n.get("version").asLong(), op,
                Instant.parse(n.path("at").asText()), data.toString());
    }

    private static void expect(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("payload: bad " + what);
        }
    }

    /** Stops reading beyond a limit: a small payload may not inflate to fill the memory. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > max) {
                throw new IOException("payload inflates beyond " + max + " bytes");
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (read += n) > max) {
                throw new IOException("payload inflates beyond " + max + " bytes");
            }
            return n;
        }
    }
}
