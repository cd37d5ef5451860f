package org.skyroad.station.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.i18n.Messages;

/**
 * The batch container, byte by byte (big-endian):
 * <pre>
 *   8 bytes   magic  53 52 42 31 0D 0A 1A 0A   ("SRB1", CR LF, ^Z, LF: a text-mode copy breaks it visibly)
 *   4 bytes   manifest length M (at most 1 MiB)
 *   M bytes   manifest, UTF-8 JSON
 *   8 bytes   payload length P
 *   P bytes   payload: gzip of the JSON content, sealed with AES-256-GCM
 *   2 bytes   signature length S (64 for Ed25519)
 *   S bytes   Ed25519 signature of every byte before the signature length
 * </pre>
 * Nothing may follow. Files are written under a temporary name in the target folder, forced to
 * the disk and renamed, so a pulled stick never leaves a half batch under a final name.
 */
public final class BatchFile {

    static final byte[] MAGIC = {0x53, 0x52, 0x42, 0x31, 0x0D, 0x0A, 0x1A, 0x0A};
    static final int MAX_MANIFEST = 1 << 20;
    static final String PART_SUFFIX = ".part";
    private static final int WRITE_CHUNK = 1 << 16;

    /** A container split into its parts; offsets point into {@code bytes}. */
    public record Parsed(byte[] bytes, BatchManifest manifest, byte[] manifestJson, int payloadOffset,
                         int payloadLength, int signedLength, byte[] signature) {

        public byte[] payload() {
            return Arrays.copyOfRange(bytes, payloadOffset, payloadOffset + payloadLength);
        }

        public String payloadSha256() {
            return SyncCrypto.hex(SyncCrypto.sha256(bytes, payloadOffset, payloadLength));
        }

        /** SHA-256 of the whole file: the batch's identity in the chain and for uploads. */
        public String fileSha256() {
            return SyncCrypto.sha256Hex(bytes);
        }

        public boolean signatureMatches(PublicKey signer) {
            return SyncCrypto.verify(signer, bytes, 0, signedLength, signature);
        }
    }

    private BatchFile() {
    }

    static byte[] assemble(byte[] manifestJson, byte[] payload, PrivateKey signer) {
        int signed = MAGIC.length + 4 + manifestJson.length + 8 + payload.length;
        ByteBuffer b = ByteBuffer.allocate(signed + 2 + 64);
        b.put(MAGIC).putInt(manifestJson.length).put(manifestJson).putLong(payload.length).put(payload);
        byte[] sig = SyncCrypto.sign(signer, b.array(), 0, signed);
        if (sig.length != 64) {
            throw new IllegalStateException("unexpected signature length " + sig.length);
        }
        b.putShort((short) sig.length).put(sig);
        return b.array();
    }

    /**
     * Splits a batch file into its parts. A file that is empty, cut short, longer than its
     * lengths say, or not a batch at all is refused with a sentence naming {@code source}.
     */
    public static Parsed parse(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new InvalidInputException("error.sync.empty", source);
        }
        if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new InvalidInputException("error.sync.notABatch", source);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        b.position(MAGIC.length);
        try {
            int m = b.getInt();
            if (m <= 0 || m > MAX_MANIFEST || m > b.remaining()) {
                throw new InvalidInputException("error.sync.truncated", source);
            }
            byte[] manifestJson = new byte[m];
            b.get(manifestJson);
            long p = b.getLong();
            if (p < 0 || p > b.remaining()) {
                throw new InvalidInputException("error.sync.truncated", source);
            }
            int payloadOffset = b.position();
            b.position(payloadOffset + (int) p);
            int signedLength = b.position();
            int s = b.getShort() & 0xFFFF;
            if (s > b.remaining()) {
                throw new InvalidInputException("error.sync.truncated", source);
            }
            byte[] sig = new byte[s];
            b.get(sig);
            if (b.hasRemaining()) {
                throw new InvalidInputException("error.sync.trailingBytes", source);
            }
            BatchManifest manifest;
            try {
                manifest = BatchManifest.parse(manifestJson);
            } catch (BatchManifest.UnsupportedVersionException e) {
                throw new InvalidInputException("error.sync.formatVersion", source, e.version);
            } catch (RuntimeException e) {
                throw new InvalidInputException("error.sync.manifestDamaged", source);
            }
            return new Parsed(bytes, manifest, manifestJson, payloadOffset, (int) p, signedLength, sig);
        } catch (java.nio.BufferUnderflowException e) {
            throw new InvalidInputException("error.sync.truncated", source);
        }
    }

    /** Reads a batch file whole, after checking its size against {@code maxBytes}: a huge file is refused unread. */
    public static byte[] read(Path file, long maxBytes, Progress progress) {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("error.sync.noFile", file);
            }
            size = Files.size(file);
        } catch (IOException | SecurityException e) {
            throw new InvalidInputException("error.sync.unreadable", file);
        }
        if (size > maxBytes) {
            throw new InvalidInputException("error.sync.tooBig", file.getFileName(), mib(size), mib(maxBytes));
        }
        byte[] out = new byte[(int) size];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.wrap(out);
            String what = Messages.get("sync.progress.reading");
            while (buf.hasRemaining()) {
                if (ch.read(buf) < 0) {
                    break;
                }
                progress.update(buf.position(), size, what);
                if (progress.isCancelled()) {
                    throw new SyncCancelledException();
                }
            }
            if (buf.hasRemaining()) {
                return Arrays.copyOf(out, buf.position());
            }
        } catch (IOException e) {
            throw new InvalidInputException("error.sync.unreadable", file);
        }
        return out;
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /**
     * Writes {@code bytes} as {@code folder/name}: first under a temporary name in the same
     * folder, forced to the device, then renamed in one step. On any failure or a cancel the
     * temporary file is removed and no file carries the final name.
     */
    public static Path writeAtomically(Path folder, String name, byte[] bytes, Progress progress) {
        Path target = folder.resolve(name);
        Path part = folder.resolve("." + name + PART_SUFFIX);
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE); OutputStream out = Channels.newOutputStream(ch)) {
                String what = Messages.get("sync.progress.writing");
                for (int off = 0; off < bytes.length; off += WRITE_CHUNK) {
                    if (progress.isCancelled()) {
                        throw new SyncCancelledException();
                    }
                    int n = Math.min(WRITE_CHUNK, bytes.length - off);
                    out.write(bytes, off, n);
                    progress.update(off + n, bytes.length, what);
                }
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
            done = true;
            return target;
        } catch (IOException | SecurityException e) {
            throw new StorageException(e, "error.sync.write", target);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException | SecurityException ignored) {
                    // the stick may be gone; the part file never carries a final name
                }
            }
        }
    }

    /** Makes the rename itself durable where the system allows it (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not supported on this system: the rename is still atomic
        }
    }
}
