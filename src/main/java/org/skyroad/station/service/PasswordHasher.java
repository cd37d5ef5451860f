package org.skyroad.station.service;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * PBKDF2-HMAC-SHA256, 210,000 iterations (OWASP's 2023 figure), 16-byte random salt, stored as
 * {@code pbkdf2-sha256$iterations$salt$hash}. The iteration count is stored with each hash, so
 * raising it later still verifies old hashes.
 */
public final class PasswordHasher {

    public static final int ITERATIONS = 210_000;
    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 128;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();

    /** Refuses passwords that are too short or too long, with a sentence. */
    public static void checkAcceptable(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new InvalidInputException("error.password.tooShort", MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw new InvalidInputException("error.password.tooLong", MAX_LENGTH);
        }
    }

    public String hash(char[] password) {
        checkAcceptable(password);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public boolean verify(char[] password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, salt, iterations);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }

    /** Overwrites a password in memory once it is no longer needed. */
    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
