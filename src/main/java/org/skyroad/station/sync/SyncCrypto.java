package org.skyroad.station.sync;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The crypto of sync batches, all from the JDK (no provider to install): Ed25519 signatures,
 * X25519 key agreement with a fresh ephemeral key per batch, HKDF-SHA256 (RFC 5869) to derive
 * the AES-256-GCM key, SHA-256 hashes. See docs/decisions/0005-sync-crypto.md.
 */
public final class SyncCrypto {

    public static final String SIGN_ALGORITHM = "Ed25519";
    public static final String AGREE_ALGORITHM = "X25519";
    public static final String ENCRYPTION_SCHEME = "X25519-HKDF-SHA256-AES-256-GCM";
    public static final int GCM_TAG_BITS = 128;
    public static final int NONCE_BYTES = 12;
    static final byte[] HKDF_INFO = "skyroad batch v1 aes-256-gcm".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Crockford's base32: no I, L, O or U, so a fingerprint read over the phone is not misheard. */
    private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /** The sealed payload: the sender's one-time public key, the nonce and the ciphertext with its tag. */
    public record Sealed(byte[] ephemeralPublicKey, byte[] nonce, byte[] ciphertext) {
    }

    private SyncCrypto() {
    }

    public static KeyPair newSigningKeyPair() {
        return generate(SIGN_ALGORITHM);
    }

    public static KeyPair newAgreementKeyPair() {
        return generate(AGREE_ALGORITHM);
    }

    private static KeyPair generate(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
        }
    }

    public static PublicKey publicKey(String algorithm, byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(x509));
    }

    public static PrivateKey privateKey(String algorithm, byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    public static byte[] sign(PrivateKey key, byte[] data, int offset, int length) {
        try {
            Signature s = Signature.getInstance(SIGN_ALGORITHM);
            s.initSign(key);
            s.update(data, offset, length);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /** False for a wrong signature, a wrong key or a malformed one: never throws on bad input. */
    public static boolean verify(PublicKey key, byte[] data, int offset, int length, byte[] signature) {
        try {
            Signature s = Signature.getInstance(SIGN_ALGORITHM);
            s.initVerify(key);
            s.update(data, offset, length);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Encrypts for the holder of {@code recipient} (an X25519 public key): a fresh key pair is
     * made for this message only, the shared secret goes through HKDF with both public keys as
     * salt, and AES-256-GCM seals the plaintext with {@code aad} authenticated alongside.
     */
    public static Sealed seal(PublicKey recipient, byte[] plaintext, byte[] aad) {
        try {
            KeyPair ephemeral = newAgreementKeyPair();
            byte[] ephemeralPub = ephemeral.getPublic().getEncoded();
            byte[] key = deriveKey(ephemeral.getPrivate(), recipient, ephemeralPub, recipient.getEncoded());
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(GCM_TAG_BITS, nonce));
            c.updateAAD(aad);
            byte[] out = c.doFinal(plaintext);
            Arrays.fill(key, (byte) 0);
            return new Sealed(ephemeralPub, nonce, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Opens what {@link #seal} made for us; throws {@link GeneralSecurityException} when anything does not match. */
    public static byte[] open(PrivateKey own, byte[] ownPublic, Sealed sealed, byte[] aad) throws GeneralSecurityException {
        PublicKey ephemeral = publicKey(AGREE_ALGORITHM, sealed.ephemeralPublicKey());
        byte[] key = deriveKey(own, ephemeral, sealed.ephemeralPublicKey(), ownPublic);
        try {
            if (sealed.nonce().length != NONCE_BYTES) {
                throw new GeneralSecurityException("bad nonce length");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(GCM_TAG_BITS, sealed.nonce()));
            c.updateAAD(aad);
            return c.doFinal(sealed.ciphertext());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] deriveKey(PrivateKey own, PublicKey other, byte[] ephemeralPub, byte[] recipientPub)
            throws GeneralSecurityException {
        KeyAgreement ka = KeyAgreement.getInstance(AGREE_ALGORITHM);
        ka.init(own);
        ka.doPhase(other, true);
        byte[] shared = ka.generateSecret();
        try {
            byte[] salt = concat(ephemeralPub, recipientPub);
            return hkdf(shared, salt, HKDF_INFO, 32);
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }

    /** HKDF-SHA256 (RFC 5869): extract with {@code salt}, expand with {@code info} to {@code length} bytes. */
    static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt == null || salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        int done = 0;
        for (int i = 1; done < length; i++) {
            mac.update(t);
            mac.update(info);
            mac.update((byte) i);
            t = mac.doFinal();
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        Arrays.fill(prk, (byte) 0);
        return out;
    }

    public static byte[] sha256(byte[] data) {
        return sha256(data, 0, data.length);
    }

    public static byte[] sha256(byte[] data, int offset, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(data, offset, length);
            return md.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256Hex(byte[] data) {
        return hex(sha256(data));
    }

    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * The short fingerprint both ends read to each other by phone: the first 80 bits of
     * SHA-256 over both public keys, in four groups of four base32 characters (e.g.
     * {@code 7KQ2-MX4P-0ZT9-HC3R}).
     */
    public static String fingerprint(byte[] signPublic, byte[] encryptPublic) {
        byte[] h = sha256(concat(signPublic, encryptPublic));
        StringBuilder sb = new StringBuilder();
        long bits = 0;
        int have = 0;
        int chars = 0;
        for (int i = 0; i < 10; i++) {
            bits = (bits << 8) | (h[i] & 0xFF);
            have += 8;
            while (have >= 5) {
                have -= 5;
                if (chars > 0 && chars % 4 == 0) {
                    sb.append('-');
                }
                sb.append(BASE32[(int) ((bits >> have) & 31)]);
                chars++;
            }
        }
        return sb.toString();
    }

    /** A fingerprint as a person may type it: case, spaces and dashes do not matter; O and I read as 0 and 1. */
    public static String normalizeFingerprint(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
