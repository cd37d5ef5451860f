package org.skyroad.station.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.sync.ImportOutcome.State;
import org.skyroad.station.sync.SyncWorld.Node;

/**
 * Every way a batch can arrive broken, forged or misdirected is refused with a sentence, and
 * the receiving database is exactly as before (every table compared, except the batch list
 * that records the refusal).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchFaultTest {

    @TempDir
    static Path dir;
    SyncWorld world;
    Node hub;
    Node station;
    byte[] good;
    byte[] second;
    Map<String, List<String>> hubBefore;

    @BeforeAll
    void setUp() throws IOException {
        world = SyncWorld.paired(dir.resolve("world"));
        hub = world.hub();
        station = world.station();
        for (int i = 0; i < 20; i++) {
            station.villager("村民" + i);
        }
        good = Files.readAllBytes(station.desk().export(dir.resolve("stick"), Progress.NONE).orElseThrow().file());
        station.villager("后来的");
        second = Files.readAllBytes(station.desk().export(dir.resolve("stick"), Progress.NONE).orElseThrow().file());
        hubBefore = SyncWorld.dump(hub.rt());
    }

    @AfterAll
    void tearDown() {
        world.close();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve("faults").resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
        return f;
    }

    /** Imports at the hub, expects a refusal with one of {@code keys}, and the hub unchanged. */
    private ImportOutcome refused(Path file, String... keys) {
        ImportOutcome o = hub.desk().importFile(file, Progress.NONE);
        assertEquals(State.REFUSED, o.state(), o::toString);
        assertTrue(Set.of(keys).contains(o.messageKey()), () -> o.messageKey() + " not in " + Arrays.toString(keys));
        assertEquals(hubBefore, SyncWorld.dump(hub.rt()), "the hub's database changed after a refusal");
        BatchInfo recorded = hub.desk().refused(1).get(0);
        assertEquals(o.messageKey(), recorded.reasonKey(), "the refusal is kept with its reason");
        assertEquals(file.getFileName().toString(), recorded.fileName());
        return o;
    }

    private PrivateKey signingKeyOf(Node n) {
        return n.rt().database().transactions().read(() -> SyncKeys.load(n.rt().database().jdbc())).orElseThrow().signPrivate();
    }

    /** The batch with its manifest edited and signed again with {@code key}. */
    private static byte[] edited(byte[] file, Consumer<ObjectNode> edit, PrivateKey key) throws IOException {
        BatchFile.Parsed p = BatchFile.parse(file, "x");
        ObjectNode m = (ObjectNode) SyncJson.MAPPER.readTree(p.manifestJson());
        edit.accept(m);
        return BatchFile.assemble(SyncJson.MAPPER.writeValueAsBytes(m), p.payload(), key);
    }

    /** A container put together from parts as they are, signature included. */
    private static byte[] container(byte[] manifestJson, byte[] payload, byte[] signature) {
        ByteBuffer b = ByteBuffer.allocate(BatchFile.MAGIC.length + 4 + manifestJson.length + 8 + payload.length + 2 + signature.length);
        b.put(BatchFile.MAGIC).putInt(manifestJson.length).put(manifestJson).putLong(payload.length).put(payload)
                .putShort((short) signature.length).put(signature);
        return b.array();
    }

    @Test
    void theUntouchedBatchWouldApply() {
        BatchFile.Parsed p = BatchFile.parse(good, "good");
        assertEquals(20L, p.manifest().counts().get("villager"), "20 villagers in the first batch");
    }

    @ParameterizedTest(name = "cut to {0} bytes from the end")
    @CsvSource({"1", "2", "64", "65", "100", "1000"})
    void aTruncatedFileIsRefused(int cut) throws IOException {
        refused(write("cut-" + cut + ".srb", Arrays.copyOf(good, good.length - cut)), "error.sync.truncated");
    }

    @ParameterizedTest(name = "only the first {0} bytes")
    @CsvSource({"3", "8", "11", "12", "200"})
    void aFileCutNearItsStartIsRefused(int keep) throws IOException {
        refused(write("head-" + keep + ".srb", Arrays.copyOf(good, keep)), "error.sync.notABatch", "error.sync.truncated");
    }

    enum Place { MAGIC, MANIFEST_LENGTH, MANIFEST_FROM, MANIFEST_SEQ, MANIFEST_COUNTS, MANIFEST_END, PAYLOAD_LENGTH,
        PAYLOAD_START, PAYLOAD_MIDDLE, PAYLOAD_END, SIGNATURE_LENGTH, SIGNATURE_START, LAST_BYTE }

    private int offset(Place place) {
        BatchFile.Parsed p = BatchFile.parse(good, "good");
        String m = new String(p.manifestJson(), java.nio.charset.StandardCharsets.UTF_8);
        int manifestStart = BatchFile.MAGIC.length + 4;
        return switch (place) {
            case MAGIC -> 2;
            case MANIFEST_LENGTH -> BatchFile.MAGIC.length + 2;
            case MANIFEST_FROM -> manifestStart + m.indexOf("TS-003") + 4;
            case MANIFEST_SEQ -> manifestStart + m.indexOf("\"seq\"") + 8;
            case MANIFEST_COUNTS -> manifestStart + m.indexOf("\"villager\"") + 13;
            case MANIFEST_END -> manifestStart + p.manifestJson().length - 1;
            case PAYLOAD_LENGTH -> p.payloadOffset() - 3;
            case PAYLOAD_START -> p.payloadOffset();
            case PAYLOAD_MIDDLE -> p.payloadOffset() + p.payloadLength() / 2;
            case PAYLOAD_END -> p.signedLength() - 1;
            case SIGNATURE_LENGTH -> p.signedLength() + 1;
            case SIGNATURE_START -> p.signedLength() + 2;
            case LAST_BYTE -> good.length - 1;
        };
    }

    @ParameterizedTest(name = "a bit flipped in {0}")
    @EnumSource(Place.class)
    void oneFlippedBitAnywhereIsRefused(Place place) throws IOException {
        for (int bit : new int[] {0, 5}) {
            byte[] bad = good.clone();
            bad[offset(place)] ^= (byte) (1 << bit);
            refused(write("flip-" + place + "-" + bit + ".srb", bad), "error.sync.notABatch", "error.sync.truncated",
                    "error.sync.trailingBytes", "error.sync.manifestDamaged", "error.sync.badSignature",
                    "error.sync.wrongReceiver", "error.sync.notEnrolled", "error.sync.formatVersion");
        }
    }

    @Test
    void oneFlippedBitAtManyRandomPlacesIsRefused() throws IOException {
        Random random = new Random(20261123);
        for (int i = 0; i < 25; i++) {
            byte[] bad = good.clone();
            int at = random.nextInt(bad.length);
            bad[at] ^= (byte) (1 << random.nextInt(8));
            ImportOutcome o = hub.desk().importFile(write("random-" + i + ".srb", bad), Progress.NONE);
            assertEquals(State.REFUSED, o.state(), () -> "bit flipped at " + at + ": " + o);
        }
        assertEquals(hubBefore, SyncWorld.dump(hub.rt()));
    }

    @Test
    void payloadsSwappedBetweenTwoBatchesAreRefused() throws IOException {
        BatchFile.Parsed a = BatchFile.parse(good, "a");
        BatchFile.Parsed b = BatchFile.parse(second, "b");
        refused(write("swapped.srb", container(a.manifestJson(), b.payload(), a.signature())), "error.sync.badSignature");
        // even signed again by the station itself (a broken sender), the manifest's checksum gives it away
        refused(write("swapped-resigned.srb", BatchFile.assemble(a.manifestJson(), b.payload(), signingKeyOf(station))),
                "error.sync.payloadHash");
    }

    @Test
    void aBatchSignedByAnotherStationIsRefused() throws IOException {
        Node other = otherStation();
        refused(write("forged.srb", edited(good, m -> { }, signingKeyOf(other))), "error.sync.badSignature");
    }

    private Node otherStation() {
        try {
            return world.get("TS-005");
        } catch (java.util.NoSuchElementException e) {
            return world.station("TS-005", SyncWorld.HUB);
        }
    }

    @Test
    void aBatchFromAStationNotEnrolledIsRefused() throws IOException {
        Node other = otherStation();
        // TS-005 trusts the hub, but the hub never enrolled it
        other.desk().trustHub(hub.enrolmentFile(), null, false);
        other.villager("不认识的");
        Path file = other.desk().export(dir.resolve("stick-005"), Progress.NONE).orElseThrow().file();
        refused(file, "error.sync.notEnrolled");
    }

    @Test
    void aBatchMadeForAnotherHubIsRefused() throws IOException {
        Node lhasa = world.hub("LH-HUB");
        Map<String, List<String>> before = SyncWorld.dump(lhasa.rt());
        ImportOutcome o = lhasa.desk().importFile(write("TS-003_to_NGA-HUB_000001.srb", good), Progress.NONE);
        assertEquals(State.REFUSED, o.state());
        assertEquals("error.sync.wrongReceiver", o.messageKey());
        assertEquals(List.of("NGA-HUB", "LH-HUB"), o.args());
        assertEquals(before, SyncWorld.dump(lhasa.rt()));
    }

    @Test
    void changedManifestCountsAreRefused() throws IOException {
        Consumer<ObjectNode> moreVillagers = m -> ((ObjectNode) m.path("records").path("countsByEntity")).put("villager", 99);
        refused(write("counts.srb", edited(good, moreVillagers, signingKeyOf(hub))), "error.sync.badSignature");
        // a sender whose counts are wrong although it signed them: the content check refuses it
        refused(write("counts-signed.srb", edited(good, moreVillagers, signingKeyOf(station))), "error.sync.countsMismatch");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        refused(write("empty.srb", new byte[0]), "error.sync.empty");
    }

    @Test
    void aFileThatIsNotABatchIsRefused() throws IOException {
        refused(write("notes.srb", "SRB1 but really a shopping list".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "error.sync.notABatch");
    }

    @Test
    void aBatchCopiedInTextModeIsRefused() throws IOException {
        byte[] crlf = new String(good, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        refused(write("textmode.srb", crlf), "error.sync.notABatch");
    }

    @Test
    void bytesAfterTheSignatureAreRefused() throws IOException {
        byte[] longer = Arrays.copyOf(good, good.length + 10);
        refused(write("longer.srb", longer), "error.sync.trailingBytes");
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead() throws IOException {
        Path huge = dir.resolve("faults").resolve("huge.srb");
        Files.createDirectories(huge.getParent());
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(SyncDesk.DEFAULT_MAX_BATCH_BYTES + 1); // sparse: takes no room on the disk
        }
        ImportOutcome o = refused(huge, "error.sync.tooBig");
        assertEquals("huge.srb", o.args().get(0));
    }

    @Test
    void aBatchOverAConfiguredLimitIsRefused() throws IOException {
        long limit = hub.desk().maxBatchBytes();
        try {
            hub.desk().setMaxBatchBytes(good.length - 1);
            refused(write("TS-003_to_NGA-HUB_000001.srb", good), "error.sync.tooBig");
        } finally {
            hub.desk().setMaxBatchBytes(limit);
        }
    }

    @Test
    void aReturnBatchBroughtToTheHubIsRefused() throws IOException {
        byte[] wrongWay = edited(good, m -> {
            m.put("kind", "return");
        }, signingKeyOf(station));
        refused(write("wrong-way.srb", wrongWay), "error.sync.wrongKind", "error.sync.badSignature");
    }
}
