package org.skyroad.station.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationLevel;

/**
 * An enrolment file: who a station (or a hub) is and its two public keys, with a short
 * fingerprint both ends compare by phone before trusting it. Made by
 * {@code skyroad station enrolment --to FILE}; read by {@code skyroad hub enroll FILE} at the
 * hub and {@code skyroad hub trust FILE} at a station. The file is signed by its own signing
 * key, which proves the keys belong together and catches a damaged copy; trust itself comes
 * from the fingerprint comparison, not from the file.
 */
public record Enrolment(StationCode station, String name, StationLevel level, StationCode hub,
                        byte[] signPublicKey, byte[] encryptPublicKey, Instant createdAt) {

    public static final String FORMAT = "skyroad-enrolment";
    public static final int FORMAT_VERSION = 1;
    /** An enrolment file is a few hundred bytes; anything much bigger is not one. */
    static final long MAX_BYTES = 64 * 1024;

    public String fingerprint() {
        return SyncCrypto.fingerprint(signPublicKey, encryptPublicKey);
    }

    public String fileName() {
        return station.value() + ".enrolment.json";
    }

    private byte[] signedText() {
        Base64.Encoder b64 = Base64.getEncoder();
        String text = FORMAT + "/" + FORMAT_VERSION + "\n" + station.value() + "\n" + level.code() + "\n"
                + (hub == null ? "" : hub.value()) + "\n" + b64.encodeToString(signPublicKey) + "\n"
                + b64.encodeToString(encryptPublicKey) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    byte[] toJson(SyncKeys.Own keys) {
        Base64.Encoder b64 = Base64.getEncoder();
        ObjectNode root = SyncJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("station", station.value());
        root.put("name", name);
        root.put("level", level.code());
        root.put("hub", hub == null ? null : hub.value());
        ObjectNode sign = root.putObject("signingKey");
        sign.put("algorithm", SyncCrypto.SIGN_ALGORITHM);
        sign.put("publicKey", b64.encodeToString(signPublicKey));
        ObjectNode enc = root.putObject("encryptionKey");
        enc.put("algorithm", SyncCrypto.AGREE_ALGORITHM);
        enc.put("publicKey", b64.encodeToString(encryptPublicKey));
        root.put("fingerprint", fingerprint());
        root.put("createdAt", createdAt.toString());
        byte[] text = signedText();
        root.put("selfSignature", b64.encodeToString(SyncCrypto.sign(keys.signPrivate(), text, 0, text.length)));
        try {
            return SyncJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks an enrolment file; a damaged or foreign file is refused with a sentence. */
    public static Enrolment read(Path file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("error.sync.enrolment.noFile", file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidInputException("error.sync.enrolment.unreadable", file);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new InvalidInputException("error.sync.enrolment.unreadable", file);
        }
        return parse(bytes, file.toString());
    }

    static Enrolment parse(byte[] bytes, String source) {
        Enrolment e;
        String fingerprint;
        byte[] signature;
        try {
            JsonNode root = SyncJson.MAPPER.readTree(bytes);
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new InvalidInputException("error.sync.enrolment.unreadable", source);
            }
            if (root.path("formatVersion").asInt() != FORMAT_VERSION) {
                throw new InvalidInputException("error.sync.enrolment.version", source, root.path("formatVersion").asText());
            }
            Base64.Decoder b64 = Base64.getDecoder();
            String hubText = root.path("hub").isTextual() ? root.path("hub").asText() : null;
            e = new Enrolment(new StationCode(root.path("station").asText()), root.path("name").asText(null),
                    StationLevel.parse(root.path("level").asText()),
                    hubText == null || hubText.isBlank() ? null : new StationCode(hubText),
                    b64.decode(root.path("signingKey").path("publicKey").asText()),
                    b64.decode(root.path("encryptionKey").path("publicKey").asText()),
                    Instant.parse(root.path("createdAt").asText()));
            fingerprint = root.path("fingerprint").asText();
            signature = b64.decode(root.path("selfSignature").asText());
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof InvalidInputException iie && iie.messageKey().startsWith("error.sync.")) {
                throw iie;
            }
            throw new InvalidInputException("error.sync.enrolment.unreadable", source);
        }
        PublicKey signKey;
        try {
            signKey = SyncCrypto.publicKey(SyncCrypto.SIGN_ALGORITHM, e.signPublicKey());
            SyncCrypto.publicKey(SyncCrypto.AGREE_ALGORITHM, e.encryptPublicKey());
        } catch (GeneralSecurityException ex) {
            throw new InvalidInputException("error.sync.enrolment.damaged", source);
        }
        byte[] text = e.signedText();
        if (!e.fingerprint().equals(fingerprint) || !SyncCrypto.verify(signKey, text, 0, text.length, signature)) {
            throw new InvalidInputException("error.sync.enrolment.damaged", source);
        }
        return e;
    }
}
