package org.skyroad.station.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.domain.station.StationRepository;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.persistence.Jdbc;
import org.skyroad.station.service.ServiceContext;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.service.SyncReturnQueue;
import org.skyroad.station.service.SyncUpdate;
import org.skyroad.station.service.SyncUpdateHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sync batches, the one door for the screens and the command line: keys and enrolment,
 * export to a folder or stick, import with every check made before the database is touched,
 * the state of every batch, the hub's view of its stations, and the records behind "sync
 * now" over the network ({@link HubClient}, {@link HubServer}).
 *
 * <p>The protocol is in docs/sync-batch-format.md. In short: each batch carries every record
 * the other end has not acknowledged, plus this end's acknowledgement of the other's records;
 * batches of one sender are numbered and hash-chained; the receiver applies batch N only after
 * N-1 (a later one is held until the gap is filled), a batch already applied changes nothing,
 * and everything a batch holds is applied in one transaction or not at all.
 *
 * <p>Sync work needs {@link Permission#SYNC}; enrolling stations and trusting a hub need
 * {@link Permission#SETTINGS_MANAGE}.
 */
public final class SyncDesk {

    private static final Logger LOG = LoggerFactory.getLogger(SyncDesk.class);

    /** The largest batch accepted, unless configured otherwise: checked before a file is read. */
    public static final long DEFAULT_MAX_BATCH_BYTES = 256L * 1024 * 1024;
    /** The most a payload may inflate to: a small file may not fill the memory. */
    static final long MAX_INFLATED = 1L << 30;
    public static final int DEFAULT_LIST_LIMIT = 50;
    /** A station's entity names in the outbox are at most this long (outbox.entity). */
    private static final String APP_VERSION = Optional.ofNullable(SyncDesk.class.getPackage().getImplementationVersion())
            .orElse("dev");

    private final ServiceContext ctx;
    private final SyncStore store;
    private final StationRepository stations;
    private final Map<String, SyncUpdateHandler> handlers = new ConcurrentHashMap<>();
    private final JdbcReturnQueue returnQueue;
    private volatile long maxBatchBytes = DEFAULT_MAX_BATCH_BYTES;

    public SyncDesk(ServiceContext ctx, Jdbc jdbc, StationRepository stations) {
        this.ctx = ctx;
        this.store = new SyncStore(jdbc);
        this.stations = stations;
        this.returnQueue = new JdbcReturnQueue(ctx, store);
    }

    // ---- configuration -----------------------------------------------------------------

    /**
     * The registry of return-batch handlers, by entity name ({@code order.platform},
     * {@code catalog.product}, ...). Each area puts its handlers here at start.
     */
    public Map<String, SyncUpdateHandler> handlers() {
        return handlers;
    }

    public SyncDesk register(String entity, SyncUpdateHandler handler) {
        handlers.put(Objects.requireNonNull(entity), Objects.requireNonNull(handler));
        return this;
    }

    /** At the hub: where the hub's services queue updates for the stations' return batches. */
    public SyncReturnQueue returnQueue() {
        return returnQueue;
    }

    public long maxBatchBytes() {
        return maxBatchBytes;
    }

    public void setMaxBatchBytes(long bytes) {
        if (bytes < 1024) {
            throw new InvalidInputException("error.sync.limit", bytes);
        }
        this.maxBatchBytes = bytes;
    }

    // ---- keys and enrolment ------------------------------------------------------------

    private SyncKeys.Own keys() {
        Optional<SyncKeys.Own> own = ctx.tx().read(() -> SyncKeys.load(store.jdbc()));
        if (own.isPresent()) {
            return own.get();
        }
        SyncKeys.ensureKeys(ctx.tx(), store.jdbc(), ctx.clock());
        return ctx.tx().read(() -> SyncKeys.load(store.jdbc())).orElseThrow();
    }

    private Station station() {
        return stations.find().orElseThrow(() -> new NotFoundException("error.station.notInitialized"));
    }

    /** This installation's fingerprint, to read to the other end by phone. */
    public String ownFingerprint() {
        return keys().fingerprint();
    }

    /** This station's enrolment: who it is and its public keys. */
    public Enrolment enrolment() {
        SyncKeys.Own own = keys();
        Station s = ctx.tx().read(this::station);
        return new Enrolment(s.code(), s.name(), s.level(), s.hubCode(), own.signPublicBytes(), own.encryptPublicBytes(),
                ctx.clock().instant());
    }

    /**
     * Writes this station's enrolment file (public keys only) for the hub, or this hub's for
     * its stations. {@code target} is a file, or a folder to write {@code CODE.enrolment.json} into.
     */
    public Path writeEnrolment(Path target) {
        ctx.session().require(Permission.SYNC);
        Enrolment e = enrolment();
        Path folder;
        String name;
        if (Files.isDirectory(target)) {
            folder = target;
            name = e.fileName();
        } else {
            folder = target.toAbsolutePath().getParent();
            name = target.getFileName().toString();
        }
        prepareFolder(folder);
        return BatchFile.writeAtomically(folder, name, e.toJson(keys()), Progress.NONE);
    }

    /**
     * At the hub: enrols a station from its enrolment file. {@code expectedFingerprint}, when
     * given, must be the one the station read out by phone. A station already enrolled with
     * other keys is refused unless {@code replace} (a reinstalled station laptop).
     */
    public PeerInfo enroll(Path file, String expectedFingerprint, boolean replace) {
        ctx.session().require(Permission.SETTINGS_MANAGE);
        Enrolment e = Enrolment.read(file);
        checkFingerprint(e, expectedFingerprint);
        Instant now = ctx.clock().instant();
        String by = ctx.session().auditActor().username();
        return ctx.tx().inTransaction(() -> {
            Station me = station();
            if (!me.isHub()) {
                throw new InvalidInputException("error.sync.enrollNotHub", me.code().value());
            }
            if (e.level() == StationLevel.COUNTY) {
                throw new InvalidInputException("error.sync.enrollHub", e.station().value());
            }
            if (e.station().equals(me.code())) {
                throw new InvalidInputException("error.sync.enrollSelf", e.station().value());
            }
            if (e.hub() == null || !e.hub().equals(me.code())) {
                throw new InvalidInputException("error.sync.enrollOtherHub", e.station().value(),
                        e.hub() == null ? "-" : e.hub().value(), me.code().value());
            }
            savePeer(e, SyncStore.ROLE_STATION, replace, by, now);
            return peerInfo(store.peer(e.station().value()).orElseThrow());
        });
    }

    /** At a station: trusts its county hub from the hub's enrolment file (same checks as {@link #enroll}). */
    public PeerInfo trustHub(Path file, String expectedFingerprint, boolean replace) {
        ctx.session().require(Permission.SETTINGS_MANAGE);
        Enrolment e = Enrolment.read(file);
        checkFingerprint(e, expectedFingerprint);
        Instant now = ctx.clock().instant();
        String by = ctx.session().auditActor().username();
        return ctx.tx().inTransaction(() -> {
            Station me = station();
            if (me.isHub()) {
                throw new InvalidInputException("error.sync.trustAtHub", me.code().value());
            }
            if (e.level() != StationLevel.COUNTY) {
                throw new InvalidInputException("error.sync.trustNotHub", e.station().value());
            }
            if (!e.station().equals(me.hubCode())) {
                throw new InvalidInputException("error.sync.trustOtherHub", e.station().value(), me.hubCode().value());
            }
            savePeer(e, SyncStore.ROLE_HUB, replace, by, now);
            return peerInfo(store.peer(e.station().value()).orElseThrow());
        });
    }

    private static void checkFingerprint(Enrolment e, String expected) {
        if (expected != null && !expected.isBlank()
                && !SyncCrypto.normalizeFingerprint(expected).equals(e.fingerprint())) {
            throw new InvalidInputException("error.sync.fingerprintMismatch", e.station().value(), expected.strip(),
                    e.fingerprint());
        }
    }

    private void savePeer(Enrolment e, String role, boolean replace, String by, Instant now) {
        Optional<SyncStore.Peer> existing = store.lockPeer(e.station().value());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("station", e.station().value());
        details.put("role", role);
        details.put("fingerprint", e.fingerprint());
        if (existing.isEmpty()) {
            store.insertPeer(e, role, by, now);
            ctx.changes().event("sync.enroll", "sync_peer", e.station().value(), details);
            return;
        }
        SyncStore.Peer p = existing.get();
        if (!p.role().equals(role)) {
            throw new ConflictException("error.sync.peerRole", e.station().value());
        }
        if (p.fingerprint().equals(e.fingerprint())) {
            return; // the same keys again: nothing to change
        }
        if (!replace) {
            throw new ConflictException("error.sync.peerKeysDiffer", e.station().value(), p.fingerprint(), e.fingerprint());
        }
        details.put("previousFingerprint", p.fingerprint());
        store.replacePeerKeys(e, by, now);
        ctx.changes().event("sync.rekey", "sync_peer", e.station().value(), details);
    }

    // ---- export ------------------------------------------------------------------------

    /**
     * At a station: writes one batch for the hub with every change it has not acknowledged,
     * into {@code folder} (a stick). Empty when nothing is pending. Cancelling removes the
     * half-written file and records nothing.
     */
    public Optional<ExportResult> export(Path folder, Progress progress) {
        ctx.session().require(Permission.SYNC);
        Path dir = checkFolder(folder);
        String hub = trustedHubCode();
        return makeBatch(hub, BatchKind.CHANGES, dir, progress, true);
    }

    /** At the hub: writes the return batch for one station into {@code folder}; empty when it has nothing new. */
    public Optional<ExportResult> exportReturn(String stationCode, Path folder, Progress progress) {
        ctx.session().require(Permission.SYNC);
        Path dir = checkFolder(folder);
        String code = enrolledStationCode(stationCode);
        return makeBatch(code, BatchKind.RETURN, dir, progress, true);
    }

    /** At the hub: a return batch for every enrolled station that has something new. */
    public List<ExportResult> exportReturns(Path folder, Progress progress) {
        ctx.session().require(Permission.SYNC);
        Path dir = checkFolder(folder);
        List<ExportResult> out = new ArrayList<>();
        for (SyncStore.Peer p : ctx.tx().read(store::peers)) {
            if (!p.isHub()) {
                makeBatch(p.code(), BatchKind.RETURN, dir, progress, true).ifPresent(out::add);
            }
        }
        return out;
    }

    private String trustedHubCode() {
        return ctx.tx().read(() -> {
            Station me = station();
            if (me.isHub()) {
                throw new InvalidInputException("error.sync.exportAtHub", me.code().value());
            }
            String hub = me.hubCode().value();
            SyncStore.Peer p = store.peer(hub).filter(SyncStore.Peer::isHub)
                    .orElseThrow(() -> new InvalidInputException("error.sync.noTrustedHub", hub));
            return p.code();
        });
    }

    private String enrolledStationCode(String stationCode) {
        String code = stationCode == null ? "" : stationCode.strip().toUpperCase(java.util.Locale.ROOT);
        return ctx.tx().read(() -> {
            if (!station().isHub()) {
                throw new InvalidInputException("error.sync.returnNotHub");
            }
            return store.peer(code).filter(p -> !p.isHub())
                    .orElseThrow(() -> new NotFoundException("error.sync.notEnrolled", code)).code();
        });
    }

    private static Path checkFolder(Path folder) {
        if (folder == null) {
            throw new InvalidInputException("error.sync.noFolder");
        }
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException("error.sync.notAFolder", dir);
        }
        prepareFolder(dir);
        return dir;
    }

    private static void prepareFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new StorageException(e, "error.sync.folder", dir);
        }
        if (!Files.isWritable(dir)) {
            throw new StorageException("error.sync.folder", dir);
        }
    }

    /**
     * Makes the next batch for {@code peerCode} in one transaction: reads the records, seals
     * and signs them, records the batch and its bytes, and (when {@code folder} is given)
     * writes the file before the commit. A failure anywhere leaves no record and no file.
     * {@code always} false: only when there is something the peer has not seen in an earlier batch.
     */
    Optional<ExportResult> makeBatch(String peerCode, BatchKind kind, Path folder, Progress progress, boolean always) {
        SyncKeys.Own own = keys();
        String schema = ctx.tx().read(store::schemaVersion);
        Path[] written = new Path[1];
        try {
            return ctx.tx().inTransaction(() -> {
                Instant now = ctx.clock().instant();
                Station me = station();
                SyncStore.Peer peer = store.lockPeer(peerCode)
                        .orElseThrow(() -> new NotFoundException("error.sync.notEnrolled", peerCode));
                long pending = kind == BatchKind.CHANGES ? store.pendingOutbox() : store.pendingReturn(peerCode);
                boolean ackNews = peer.inRecordSeq() != peer.outAckSent();
                if (pending == 0 && !ackNews) {
                    return Optional.<ExportResult>empty();
                }
                if (!always && !ackNews && coveredByEarlierBatch(peer, kind)) {
                    return Optional.<ExportResult>empty();
                }
                UUID batchId = UUID.randomUUID();
                long seq = peer.outSeq() + 1;
                BatchPayload.Writer w = new BatchPayload.Writer(batchId);
                String what = Messages.get("sync.progress.records");
                java.util.function.Consumer<SyncRecord> add = r -> {
                    w.add(r);
                    if (w.count() % 1000 == 0) {
                        progress.update(w.count(), pending, what);
                        if (progress.isCancelled()) {
                            throw new SyncCancelledException();
                        }
                    }
                };
                if (kind == BatchKind.CHANGES) {
                    store.forEachPendingOutbox(add);
                } else {
                    store.forEachPendingReturn(peerCode, add);
                }
                BatchPayload.Encoded enc = w.finish();
                progress.update(enc.count(), pending, what);
                PublicKey recipient;
                try {
                    recipient = SyncCrypto.publicKey(SyncCrypto.AGREE_ALGORITHM, peer.encryptPublicKey());
                } catch (GeneralSecurityException e) {
                    throw new StorageException(e, "error.sync.keysDamaged");
                }
                BatchManifest head = new BatchManifest(BatchManifest.FORMAT_VERSION, batchId, kind, me.code().value(),
                        peerCode, seq, peer.outHash(), now, schema, APP_VERSION, enc.count(), enc.firstSeq(), enc.lastSeq(),
                        peer.inRecordSeq(), peer.inSeq(), enc.counts(), 0, "", BatchManifest.COMPRESSION,
                        SyncCrypto.ENCRYPTION_SCHEME, new byte[0], new byte[0], peer.fingerprint(),
                        SyncCrypto.SIGN_ALGORITHM, own.fingerprint());
                SyncCrypto.Sealed sealed = SyncCrypto.seal(recipient, enc.gzip(), head.associatedData());
                BatchManifest m = new BatchManifest(head.formatVersion(), batchId, kind, head.from(), peerCode, seq,
                        head.previousSha256(), now, schema, APP_VERSION, enc.count(), enc.firstSeq(), enc.lastSeq(),
                        head.ackRecordSeq(), head.ackBatchSeq(), enc.counts(), sealed.ciphertext().length,
                        SyncCrypto.sha256Hex(sealed.ciphertext()), BatchManifest.COMPRESSION, SyncCrypto.ENCRYPTION_SCHEME,
                        sealed.ephemeralPublicKey(), sealed.nonce(), peer.fingerprint(), SyncCrypto.SIGN_ALGORITHM,
                        own.fingerprint());
                byte[] file = BatchFile.assemble(m.toJson(), sealed.ciphertext(), own.signPrivate());
                if (file.length > maxBatchBytes) {
                    throw new InvalidInputException("error.sync.exportTooBig", BatchFile.mib(file.length),
                            BatchFile.mib(maxBatchBytes));
                }
                String sha = SyncCrypto.sha256Hex(file);
                UUID rowId = UUID.randomUUID();
                store.insertBatch(new SyncStore.BatchRow(rowId, "OUT", kind, m.from(), m.to(), seq, batchId, sha,
                        m.previousSha256(), m.fileName(), file.length, enc.count(), enc.count() == 0 ? null : enc.firstSeq(),
                        enc.count() == 0 ? null : enc.lastSeq(), m.ackRecordSeq(), 0, 0, enc.counts(), BatchState.WRITTEN,
                        null, null, now, now));
                store.storeFile(rowId, file);
                store.peerOut(peerCode, seq, sha, peer.inRecordSeq(), now);
                stations.putSetting(StationSettings.LAST_SYNC_KEY, now.toString());
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("to", peerCode);
                details.put("seq", seq);
                details.put("records", enc.count());
                details.put("bytes", file.length);
                ctx.changes().event("sync.export", "sync_batch", m.fileName(), details);
                Path target = null;
                if (folder != null) {
                    target = BatchFile.writeAtomically(folder, m.fileName(), file, progress);
                    written[0] = target;
                }
                return Optional.of(new ExportResult(target, m.fileName(), peerCode, seq, enc.count(), file.length));
            });
        } catch (RuntimeException e) {
            if (written[0] != null) {
                // the commit failed after the file was renamed: no batch may exist that the database does not know
                try {
                    Files.deleteIfExists(written[0]);
                } catch (IOException | SecurityException ignored) {
                    LOG.warn("could not remove {} after a failed export", written[0]);
                }
            }
            throw e;
        }
    }

    /** True when an earlier batch still on its way already carries every record there is to send. */
    private boolean coveredByEarlierBatch(SyncStore.Peer peer, BatchKind kind) {
        if (peer.outSeq() == 0) {
            return false;
        }
        Optional<BatchInfo> last = store.outgoing(peer.code(), peer.outSeq());
        long newest = kind == BatchKind.CHANGES ? store.maxOutboxSeq() : store.maxReturnSeq(peer.code());
        return last.isPresent() && last.get().state() != BatchState.ACKNOWLEDGED
                && store.jdbc().queryLong("SELECT COALESCE(last_record_seq, 0) FROM sync_batch WHERE id = ?",
                        last.get().id()) >= newest;
    }

    // ---- import ------------------------------------------------------------------------

    /** Everything checked about a batch before the database is touched. */
    private record Checked(BatchFile.Parsed parsed, BatchManifest manifest, List<SyncRecord> records, String fileSha256,
                           boolean hub) {
    }

    /** What is known about a batch being imported, for the record of a refusal. */
    private static final class Attempt {
        final String source;
        final long size;
        BatchManifest manifest;
        String sha;

        Attempt(String source, long size) {
            this.source = source;
            this.size = size;
        }
    }

    /**
     * Imports one batch file: refuses a file bigger than the limit unread, verifies format,
     * signature, hash and content, then applies it in one transaction (or holds it, or says it
     * was already applied). Held batches that it unblocks are applied after it.
     */
    public ImportOutcome importFile(Path file, Progress progress) {
        ctx.session().require(Permission.SYNC);
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = BatchFile.read(file, maxBatchBytes, progress);
        } catch (SyncCancelledException e) {
            throw e;
        } catch (StationException e) {
            return refused(new Attempt(source, sizeOf(file)), e, null);
        }
        return importBytes(bytes, source, progress);
    }

    /**
     * Imports every batch file in {@code files}; a folder stands for the {@code .srb} files in
     * it addressed to this station. Files are taken in the order of their names, which is the
     * order of their numbers; held ones are applied as soon as their gap is filled.
     */
    public List<ImportOutcome> importAll(List<Path> files, Progress progress) {
        ctx.session().require(Permission.SYNC);
        List<Path> all = new ArrayList<>();
        String me = ctx.tx().read(() -> station().code().value());
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                try (var s = Files.list(f)) {
                    s.filter(p -> p.getFileName().toString().endsWith(BatchManifest.FILE_SUFFIX))
                            .filter(p -> p.getFileName().toString().contains("_to_" + me + "_"))
                            .sorted().forEach(all::add);
                } catch (IOException e) {
                    throw new InvalidInputException("error.sync.unreadable", f);
                }
            } else {
                all.add(f);
            }
        }
        List<ImportOutcome> out = new ArrayList<>();
        for (Path f : all) {
            out.add(importFile(f, progress));
        }
        return out;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    /** Imports a batch received as bytes (an upload to the hub, a download from it). */
    public ImportOutcome importBytes(byte[] bytes, String source, Progress progress) {
        ctx.session().require(Permission.SYNC);
        Attempt a = new Attempt(source, bytes.length);
        if (bytes.length > maxBatchBytes) {
            return refused(a, new InvalidInputException("error.sync.tooBig", source, BatchFile.mib(bytes.length),
                    BatchFile.mib(maxBatchBytes)), null);
        }
        Checked c;
        try {
            c = check(bytes, a, progress);
        } catch (SyncCancelledException e) {
            throw e;
        } catch (StationException e) {
            return refused(a, e, null);
        }
        ImportOutcome first = apply(c, a, null, false, progress);
        if (first.state() == ImportOutcome.State.APPLIED) {
            return first.with(applyHeld(c.manifest().from(), progress));
        }
        return first;
    }

    /**
     * At either end, when a batch is lost for good (a stick lost on the way): applies the
     * lowest held batch from {@code from} without the missing one, which is possible only when
     * it carries every record the missing one did (each batch repeats everything not yet
     * acknowledged). Otherwise refused, and the missing batch is still needed.
     */
    public ImportOutcome releaseHeld(String from, Progress progress) {
        ctx.session().require(Permission.CORRECTIONS);
        String code = from == null ? "" : from.strip().toUpperCase(java.util.Locale.ROOT);
        List<BatchInfo> held = ctx.tx().read(() -> store.held(code));
        if (held.isEmpty()) {
            throw new NotFoundException("error.sync.nothingHeld", code);
        }
        BatchInfo h = held.get(0);
        byte[] bytes = ctx.tx().read(() -> store.file(h.id())).orElseThrow(() -> new NotFoundException("error.sync.nothingHeld", code));
        Attempt a = new Attempt(h.fileName(), bytes.length);
        Checked c;
        try {
            c = check(bytes, a, progress);
        } catch (StationException e) {
            return refused(a, e, h.id());
        }
        ImportOutcome first = apply(c, a, h.id(), true, progress);
        if (first.state() == ImportOutcome.State.APPLIED) {
            return first.with(applyHeld(code, progress));
        }
        return first;
    }

    /** Applies held batches from {@code from} for as long as the next one expected is among them. */
    private List<ImportOutcome> applyHeld(String from, Progress progress) {
        List<ImportOutcome> out = new ArrayList<>();
        while (true) {
            Optional<BatchInfo> next = ctx.tx().read(() -> {
                long expected = store.peer(from).map(p -> p.inSeq() + 1).orElse(-1L);
                return store.incoming(from, expected, BatchState.HELD);
            });
            if (next.isEmpty()) {
                return out;
            }
            BatchInfo h = next.get();
            Optional<byte[]> bytes = ctx.tx().read(() -> store.file(h.id()));
            Attempt a = new Attempt(h.fileName(), h.byteSize());
            ImportOutcome o;
            if (bytes.isEmpty()) {
                o = refused(a, new StorageException("error.sync.heldLost", h.fileName()), h.id());
            } else {
                try {
                    o = apply(check(bytes.get(), a, progress), a, h.id(), false, progress);
                } catch (SyncCancelledException e) {
                    throw e;
                } catch (StationException e) {
                    o = refused(a, e, h.id());
                }
            }
            out.add(o);
            if (o.state() != ImportOutcome.State.APPLIED) {
                return out;
            }
        }
    }

    private Checked check(byte[] bytes, Attempt a, Progress progress) {
        BatchFile.Parsed parsed = BatchFile.parse(bytes, a.source);
        BatchManifest m = parsed.manifest();
        a.manifest = m;
        a.sha = parsed.fileSha256();
        SyncKeys.Own own = keys();
        record Local(Station me, Optional<SyncStore.Peer> peer) {
        }
        Local local = ctx.tx().read(() -> new Local(station(), store.peer(m.from())));
        Station me = local.me();
        if (!m.to().equals(me.code().value())) {
            throw new InvalidInputException("error.sync.wrongReceiver", m.to(), me.code().value());
        }
        if (m.kind() == BatchKind.CHANGES && !me.isHub() || m.kind() == BatchKind.RETURN && me.isHub()) {
            throw new InvalidInputException("error.sync.wrongKind", a.source, me.code().value());
        }
        String wantRole = me.isHub() ? SyncStore.ROLE_STATION : SyncStore.ROLE_HUB;
        SyncStore.Peer peer = local.peer().filter(p -> p.role().equals(wantRole)).orElseThrow(() -> me.isHub()
                ? new InvalidInputException("error.sync.notEnrolled", m.from())
                : new InvalidInputException("error.sync.untrustedHub", m.from()));
        PublicKey signer;
        try {
            signer = SyncCrypto.publicKey(SyncCrypto.SIGN_ALGORITHM, peer.signPublicKey());
        } catch (GeneralSecurityException e) {
            throw new StorageException(e, "error.sync.keysDamaged");
        }
        if (!parsed.signatureMatches(signer)) {
            throw new InvalidInputException("error.sync.badSignature", a.source, m.from());
        }
        if (m.seq() < 1 || m.payloadBytes() != parsed.payloadLength() || !m.payloadSha256().equals(parsed.payloadSha256())) {
            throw new InvalidInputException("error.sync.payloadHash", a.source);
        }
        if (!SyncCrypto.ENCRYPTION_SCHEME.equals(m.encryptionScheme()) || !BatchManifest.COMPRESSION.equals(m.compression())) {
            throw new InvalidInputException("error.sync.scheme", a.source, m.encryptionScheme());
        }
        if (!own.fingerprint().equals(m.recipientFingerprint())) {
            throw new InvalidInputException("error.sync.otherKey", a.source, m.recipientFingerprint(), own.fingerprint());
        }
        byte[] plain;
        try {
            plain = SyncCrypto.open(own.encryptPrivate(), own.encryptPublicBytes(),
                    new SyncCrypto.Sealed(m.ephemeralPublicKey(), m.nonce(), parsed.payload()), m.associatedData());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidInputException("error.sync.cannotOpen", a.source);
        }
        List<SyncRecord> records;
        try {
            records = BatchPayload.read(plain, m.batchId(), MAX_INFLATED);
        } catch (RuntimeException e) {
            LOG.warn("batch {} content unreadable", a.source, e);
            throw new InvalidInputException("error.sync.contentDamaged", a.source);
        }
        checkCounts(m, records, a.source);
        if (m.kind() == BatchKind.RETURN) {
            for (SyncRecord r : records) {
                if (!handlers.containsKey(r.entity())) {
                    throw new InvalidInputException("error.sync.unknownEntity", a.source, r.entity());
                }
            }
        }
        return new Checked(parsed, m, records, a.sha, me.isHub());
    }

    private static void checkCounts(BatchManifest m, List<SyncRecord> records, String source) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        long expectSeq = m.firstRecordSeq();
        boolean ok = records.size() == m.recordCount();
        for (SyncRecord r : records) {
            counts.merge(r.entity(), 1L, Long::sum);
            ok &= r.seq() == expectSeq++;
        }
        ok &= counts.equals(m.counts());
        ok &= records.isEmpty() || records.get(records.size() - 1).seq() == m.lastRecordSeq();
        if (!ok) {
            throw new InvalidInputException("error.sync.countsMismatch", source);
        }
    }

    /**
     * The sequence check and the apply, in one transaction under the sender's row lock.
     * {@code heldRowId}: the held batch's row, when applying a held batch. {@code skipGap}:
     * apply although earlier batches are missing (see {@link #releaseHeld}).
     */
    private ImportOutcome apply(Checked c, Attempt a, UUID heldRowId, boolean skipGap, Progress progress) {
        BatchManifest m = c.manifest();
        String from = m.from();
        try {
            return ctx.tx().inTransaction(() -> {
                Instant now = ctx.clock().instant();
                SyncStore.Peer peer = store.lockPeer(from)
                        .orElseThrow(() -> new InvalidInputException("error.sync.notEnrolled", from));
                long expected = peer.inSeq() + 1;
                if (m.seq() < expected) {
                    Optional<String> appliedHash = store.fileHashOfIncoming(from, m.seq(), BatchState.APPLIED);
                    if (appliedHash.isPresent() && !appliedHash.get().equals(c.fileSha256())) {
                        throw new ConflictException("error.sync.replacedBatch", m.seq(), from);
                    }
                    if (heldRowId != null) {
                        store.batchState(heldRowId, BatchState.REFUSED, 0, 0, "error.sync.alreadyApplied",
                                List.of(m.seq(), from), now);
                        store.deleteFile(heldRowId);
                    }
                    return new ImportOutcome(ImportOutcome.State.ALREADY_APPLIED, a.source, from, m.seq(), 0, 0,
                            "sync.outcome.alreadyApplied", List.of(m.seq(), from), null);
                }
                if (m.seq() > expected && !skipGap) {
                    List<Object> args = List.of(expected, from);
                    if (heldRowId == null && store.fileHashOfIncoming(from, m.seq(), BatchState.HELD).isEmpty()) {
                        UUID rowId = UUID.randomUUID();
                        store.insertBatch(row(rowId, c, a, BatchState.HELD, 0, 0, "error.sync.missing", args, now));
                        store.storeFile(rowId, c.parsed().bytes());
                    }
                    return new ImportOutcome(ImportOutcome.State.HELD, a.source, from, m.seq(), 0, 0,
                            "error.sync.missing", args, null);
                }
                if (!skipGap && peer.inSeq() > 0 && !Objects.equals(m.previousSha256(), peer.inHash())) {
                    throw new ConflictException("error.sync.chainBroken", m.seq(), from, peer.inSeq());
                }
                if (m.recordCount() > 0 && m.firstRecordSeq() > peer.inRecordSeq() + 1) {
                    throw new ConflictException("error.sync.recordsMissing", peer.inRecordSeq() + 1, m.firstRecordSeq() - 1,
                            from, m.seq());
                }
                UUID rowId = heldRowId;
                if (rowId == null) {
                    rowId = store.fileHashOfIncoming(from, m.seq(), BatchState.HELD)
                            .flatMap(h -> h.equals(c.fileSha256()) ? store.incoming(from, m.seq(), BatchState.HELD) : Optional.empty())
                            .map(BatchInfo::id).orElse(null);
                }
                boolean newRow = rowId == null;
                if (newRow) {
                    rowId = UUID.randomUUID();
                    store.insertBatch(row(rowId, c, a, BatchState.APPLIED, 0, 0, null, null, now));
                }
                List<SyncRecord> fresh = c.records().stream().filter(r -> r.seq() > peer.inRecordSeq()).toList();
                String what = Messages.get("sync.progress.applying");
                SyncStore.Applied done = c.hub()
                        ? store.applyToReplica(from, fresh, rowId, now, progress, what)
                        : applyUpdates(from, fresh, rowId, now, progress, what);
                long recordHigh = Math.max(peer.inRecordSeq(), m.recordCount() > 0 ? m.lastRecordSeq() : 0);
                if (c.hub()) {
                    store.acknowledgeReturn(from, Math.min(m.ackRecordSeq(), store.maxReturnSeq(from)), now);
                } else {
                    store.acknowledgeOutbox(Math.min(m.ackRecordSeq(), store.maxOutboxSeq()), now);
                }
                store.peerAck(from, m.ackRecordSeq(), m.ackBatchSeq());
                store.acknowledgeOut(from, Math.min(m.ackBatchSeq(), peer.outSeq()), now);
                store.peerIn(from, m.seq(), c.fileSha256(), recordHigh, now);
                List<Object> skipped = skipGap && m.seq() > expected ? List.of(expected, m.seq() - 1) : null;
                store.batchState(rowId, BatchState.APPLIED, done.applied(), done.stale(),
                        skipped == null ? null : "sync.outcome.gapSkipped", skipped, now);
                if (!newRow) {
                    store.deleteFile(rowId);
                }
                for (BatchInfo other : store.held(from)) {
                    if (other.seq() != null && other.seq() <= m.seq() && !other.id().equals(rowId)) {
                        store.batchState(other.id(), BatchState.REFUSED, 0, 0, "error.sync.replacedBatch",
                                List.of(other.seq(), from), now);
                        store.deleteFile(other.id());
                    }
                }
                stations.putSetting(StationSettings.LAST_SYNC_KEY, now.toString());
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("from", from);
                details.put("seq", m.seq());
                details.put("applied", done.applied());
                details.put("stale", done.stale());
                details.put("sha256", c.fileSha256());
                ctx.changes().event("sync.import", "sync_batch", m.fileName(), details);
                return new ImportOutcome(ImportOutcome.State.APPLIED, a.source, from, m.seq(), done.applied(), done.stale(),
                        "sync.outcome.applied", List.of(m.seq(), from, done.applied(), done.stale()), null);
            });
        } catch (SyncCancelledException e) {
            throw e;
        } catch (StationException e) {
            return refused(a, e, heldRowId);
        } catch (RuntimeException e) {
            LOG.error("applying batch {} failed", a.source, e);
            return refused(a, new StorageException(e, "error.sync.applyFailed", a.source), heldRowId);
        }
    }

    private SyncStore.Applied applyUpdates(String hub, List<SyncRecord> records, UUID rowId, Instant now,
                                           Progress progress, String what) {
        long applied = 0;
        long stale = 0;
        long done = 0;
        for (SyncRecord r : records) {
            SyncUpdateHandler h = handlers.get(r.entity());
            if (h == null) {
                throw new InvalidInputException("error.sync.unknownEntity", r.entity(), r.entity());
            }
            SyncUpdateHandler.Result result = h.apply(new SyncUpdate(r.entity(), r.entityId(), r.version(),
                    Operation.valueOf(r.operation()), SyncJson.map(r.payloadJson()), hub, r.seq()));
            if (result.outcome() == SyncUpdateHandler.Outcome.STALE) {
                stale++;
                store.stale(rowId, hub, r, result.storedVersion(), now);
            } else {
                applied++;
            }
            if (++done % 500 == 0) {
                progress.update(done, records.size(), what);
                if (progress.isCancelled()) {
                    throw new SyncCancelledException();
                }
            }
        }
        return new SyncStore.Applied(applied, stale);
    }

    private static SyncStore.BatchRow row(UUID rowId, Checked c, Attempt a, BatchState state, long applied, long stale,
                                          String reasonKey, List<Object> args, Instant now) {
        BatchManifest m = c.manifest();
        return new SyncStore.BatchRow(rowId, "IN", m.kind(), m.from(), m.to(), m.seq(), m.batchId(), c.fileSha256(),
                m.previousSha256(), a.source, c.parsed().bytes().length, m.recordCount(),
                m.recordCount() == 0 ? null : m.firstRecordSeq(), m.recordCount() == 0 ? null : m.lastRecordSeq(),
                m.ackRecordSeq(), applied, stale, m.counts(), state, reasonKey, args, m.createdAt(), now);
    }

    /** Records the refusal (only the batch list changes) and says why. */
    private ImportOutcome refused(Attempt a, StationException why, UUID heldRowId) {
        LOG.info("batch {} refused: {}", a.source, why.messageKey());
        List<Object> args = new ArrayList<>();
        for (Object o : why.args()) {
            args.add(o instanceof Number || o instanceof String ? o : String.valueOf(o));
        }
        BatchManifest m = a.manifest;
        try {
            ctx.tx().inTransaction(() -> {
                Instant now = ctx.clock().instant();
                if (heldRowId != null) {
                    store.batchState(heldRowId, BatchState.REFUSED, 0, 0, why.messageKey(), args, now);
                    store.deleteFile(heldRowId);
                } else {
                    store.insertBatch(new SyncStore.BatchRow(UUID.randomUUID(), "IN", m == null ? null : m.kind(),
                            m == null ? null : m.from(), m == null ? null : m.to(), m == null ? null : m.seq(),
                            m == null ? null : m.batchId(), a.sha, m == null ? null : m.previousSha256(), a.source, a.size,
                            m == null ? 0 : m.recordCount(), null, null, null, 0, 0, m == null ? null : m.counts(),
                            BatchState.REFUSED, why.messageKey(), args, m == null ? null : m.createdAt(), now));
                }
            });
        } catch (RuntimeException e) {
            LOG.error("could not record the refusal of {}", a.source, e);
        }
        return new ImportOutcome(ImportOutcome.State.REFUSED, a.source, m == null ? null : m.from(),
                m == null ? 0 : m.seq(), 0, 0, why.messageKey(), args, null);
    }

    // ---- sync now ---------------------------------------------------------------------

    /** Return batches fetched in one "sync now" at most: a station far behind catches up over several. */
    static final int MAX_FETCH = 100;

    /**
     * "Sync now" at a station: fetches the hub's return batches (so acknowledgements come in
     * first), makes a batch when something is new, uploads every batch the hub has not
     * confirmed receiving, oldest first, then fetches again for the hub's answer.
     */
    public SyncNowResult syncNow(HubClient client, Progress progress) {
        ctx.session().require(Permission.SYNC);
        String me = stationCode();
        String hub = trustedHubCode();
        String answering = client.hubCode();
        if (!hub.equals(answering)) {
            throw new InvalidInputException("error.sync.wrongHub", answering, hub);
        }
        List<ImportOutcome> fetched = new ArrayList<>(fetch(client, me, progress));
        Optional<ExportResult> made = exportForUpload();
        List<ImportOutcome> uploaded = new ArrayList<>();
        for (Map.Entry<BatchInfo, byte[]> b : unsentBatches()) {
            if (progress.isCancelled()) {
                throw new SyncCancelledException();
            }
            ImportOutcome o = client.upload(b.getValue(), b.getKey().fileName(), progress);
            uploaded.add(o);
            if (o.state() == ImportOutcome.State.REFUSED) {
                break;
            }
            markUploaded(b.getKey().id());
        }
        if (!uploaded.isEmpty()) {
            fetched.addAll(fetch(client, me, progress));
        }
        return new SyncNowResult(made, uploaded, fetched);
    }

    private List<ImportOutcome> fetch(HubClient client, String me, Progress progress) {
        List<ImportOutcome> out = new ArrayList<>();
        for (int i = 0; i < MAX_FETCH; i++) {
            long after = lastReturnApplied();
            Optional<byte[]> bytes = client.fetchReturn(me, after);
            if (bytes.isEmpty()) {
                break;
            }
            ImportOutcome o = importBytes(bytes.get(), BatchManifest.fileName(trustedHubCode(), me, after + 1), progress);
            out.add(o);
            if (o.state() != ImportOutcome.State.APPLIED && o.state() != ImportOutcome.State.ALREADY_APPLIED
                    || lastReturnApplied() == after) {
                break;
            }
        }
        return out;
    }

    // ---- what the network transport needs ---------------------------------------------

    /** At a station: makes a batch for the hub when something is new since the last one; for "sync now". */
    Optional<ExportResult> exportForUpload() {
        String hub = trustedHubCode();
        return makeBatch(hub, BatchKind.CHANGES, null, Progress.NONE, false);
    }

    /** At a station: outgoing batches the hub has not confirmed receiving, oldest first, with their bytes. */
    List<Map.Entry<BatchInfo, byte[]>> unsentBatches() {
        String hub = trustedHubCode();
        return ctx.tx().read(() -> {
            List<Map.Entry<BatchInfo, byte[]>> out = new ArrayList<>();
            for (BatchInfo b : store.outgoingIn(hub, BatchState.WRITTEN)) {
                store.file(b.id()).ifPresent(bytes -> out.add(Map.entry(b, bytes)));
            }
            return out;
        });
    }

    void markUploaded(UUID rowId) {
        ctx.tx().inTransaction(() -> {
            store.batch(rowId).filter(b -> b.state() == BatchState.WRITTEN).ifPresent(b ->
                    store.jdbc().update("UPDATE sync_batch SET state = 'UPLOADED', state_at = ? WHERE id = ?",
                            ctx.clock().instant(), rowId));
        });
    }

    /** At a station: the number of the last return batch applied from the hub. */
    long lastReturnApplied() {
        String hub = trustedHubCode();
        return ctx.tx().read(() -> store.peer(hub).map(SyncStore.Peer::inSeq).orElse(0L));
    }

    String stationCode() {
        return ctx.tx().read(() -> station().code().value());
    }

    /**
     * At the hub, for a station's download: return batch {@code after + 1} when it exists, or a
     * new one when the station has seen every earlier one and something is new; empty otherwise.
     */
    Optional<byte[]> returnBatchAfter(String stationCode, long after) {
        ctx.session().require(Permission.SYNC);
        String code = enrolledStationCode(stationCode);
        long outSeq = ctx.tx().read(() -> store.peer(code).map(SyncStore.Peer::outSeq).orElse(0L));
        if (after < outSeq) {
            return ctx.tx().read(() -> store.outgoing(code, after + 1).flatMap(b -> store.file(b.id())));
        }
        if (after > outSeq) {
            return Optional.empty();
        }
        Optional<ExportResult> made = makeBatch(code, BatchKind.RETURN, null, Progress.NONE, false);
        if (made.isEmpty()) {
            return Optional.empty();
        }
        return ctx.tx().read(() -> store.outgoing(code, made.get().seq()).flatMap(b -> store.file(b.id())));
    }

    /** At the hub: the state of an upload already applied, by the file's SHA-256. */
    Optional<BatchInfo> appliedWithHash(String sha256) {
        return ctx.tx().read(() -> store.appliedWithHash(sha256));
    }

    // ---- status ------------------------------------------------------------------------

    /** What the sync screen shows. */
    public SyncStatus status(int limit) {
        ctx.session().require(Permission.SYNC);
        int max = limit <= 0 ? DEFAULT_LIST_LIMIT : Math.min(limit, 1000);
        String fingerprint = ownFingerprint();
        return ctx.tx().read(() -> {
            Station me = station();
            Optional<Instant> last = stations.setting(StationSettings.LAST_SYNC_KEY).map(Instant::parse);
            List<PeerInfo> peers = store.peers().stream().map(this::peerInfo).toList();
            return new SyncStatus(me.code().value(), me.isHub(), fingerprint, store.pendingOutbox(), last, peers,
                    store.batches(true, null, max), store.batches(false, null, max));
        });
    }

    /** At the hub: the enrolled stations with their last batches, gaps and refusals; at a station: its hub. */
    public List<PeerInfo> peers() {
        ctx.session().require(Permission.SYNC);
        return ctx.tx().read(() -> store.peers().stream().map(this::peerInfo).toList());
    }

    /** Batches out ({@code outgoing}) or in, newest first; {@code peer} null for all. */
    public List<BatchInfo> batches(boolean outgoing, String peer, int limit) {
        ctx.session().require(Permission.SYNC);
        int max = limit <= 0 ? DEFAULT_LIST_LIMIT : Math.min(limit, 1000);
        return ctx.tx().read(() -> store.batches(outgoing, peer, max));
    }

    /** Refused batches with their reasons, newest first. */
    public List<BatchInfo> refused(int limit) {
        ctx.session().require(Permission.SYNC);
        int max = limit <= 0 ? DEFAULT_LIST_LIMIT : Math.min(limit, 1000);
        return ctx.tx().read(() -> store.refused(null, max));
    }

    private PeerInfo peerInfo(SyncStore.Peer p) {
        List<BatchInfo> held = store.held(p.code());
        long missing = held.isEmpty() ? 0 : p.inSeq() + 1;
        long waiting = p.isHub() ? store.pendingOutbox() : store.pendingReturn(p.code());
        return new PeerInfo(p.code(), p.isHub(), p.name(), p.level(), p.fingerprint(), p.enrolledAt(), p.inSeq(),
                p.lastInAt(), p.outSeq(), p.lastOutAt(), p.peerAck(), p.peerAckBatch(), p.inRecordSeq(), held.size(),
                missing, store.count(p.code(), BatchState.REFUSED), waiting);
    }

    // ---- verify (no database) ----------------------------------------------------------

    /** What {@code skyroad sync verify} found. {@code signatureOk} is null when no key of the sender was known. */
    public record Verification(BatchManifest manifest, String fileSha256, boolean payloadHashOk, Boolean signatureOk,
                               String manifestJson) {

        public boolean ok() {
            return payloadHashOk && Boolean.TRUE.equals(signatureOk);
        }
    }

    /**
     * Checks a batch file without a database: its format, its payload hash, and its signature
     * against {@code signingKeys} (station code to X.509 Ed25519 public key). The payload is not
     * opened: that needs the receiver's private key.
     */
    public static Verification verify(Path file, Map<String, byte[]> signingKeys, long maxBytes) {
        byte[] bytes = BatchFile.read(file, maxBytes, Progress.NONE);
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        BatchFile.Parsed p = BatchFile.parse(bytes, source);
        BatchManifest m = p.manifest();
        boolean hashOk = m.payloadBytes() == p.payloadLength() && m.payloadSha256().equals(p.payloadSha256());
        Boolean sigOk = null;
        byte[] key = signingKeys.get(m.from());
        if (key != null) {
            try {
                sigOk = p.signatureMatches(SyncCrypto.publicKey(SyncCrypto.SIGN_ALGORITHM, key));
            } catch (GeneralSecurityException e) {
                sigOk = false;
            }
        }
        return new Verification(m, p.fileSha256(), hashOk, sigOk,
                new String(p.manifestJson(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The signing keys this database knows: its own and its peers', by station code; for verify. */
    public Map<String, byte[]> knownSigningKeys() {
        SyncKeys.Own own = keys();
        return ctx.tx().read(() -> {
            Map<String, byte[]> out = new LinkedHashMap<>();
            stations.find().ifPresent(s -> out.put(s.code().value(), own.signPublicBytes()));
            for (SyncStore.Peer p : store.peers()) {
                out.put(p.code(), p.signPublicKey());
            }
            return out;
        });
    }
}
