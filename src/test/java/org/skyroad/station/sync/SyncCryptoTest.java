package org.skyroad.station.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The crypto pieces on their own: HKDF against its RFC, sealing, signatures, fingerprints. */
class SyncCryptoTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void hkdfMatchesTheFirstTestVectorOfRfc5869() throws GeneralSecurityException {
        byte[] okm = SyncCrypto.hkdf(HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
                HEX.parseHex("000102030405060708090a0b0c"), HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        assertEquals("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865", HEX.formatHex(okm));
    }

    @Test
    void whatIsSealedForAKeyOpensOnlyWithThatKeyAndTheSameAssociatedData() throws GeneralSecurityException {
        KeyPair hub = SyncCrypto.newAgreementKeyPair();
        KeyPair other = SyncCrypto.newAgreementKeyPair();
        byte[] text = "扎西 13800138000".getBytes(StandardCharsets.UTF_8);
        byte[] aad = "batch 1".getBytes(StandardCharsets.UTF_8);
        SyncCrypto.Sealed s = SyncCrypto.seal(hub.getPublic(), text, aad);
        assertArrayEquals(text, SyncCrypto.open(hub.getPrivate(), hub.getPublic().getEncoded(), s, aad));
        assertThrows(GeneralSecurityException.class,
                () -> SyncCrypto.open(other.getPrivate(), other.getPublic().getEncoded(), s, aad));
        assertThrows(GeneralSecurityException.class,
                () -> SyncCrypto.open(hub.getPrivate(), hub.getPublic().getEncoded(), s, "batch 2".getBytes(StandardCharsets.UTF_8)));
        byte[] flipped = s.ciphertext().clone();
        flipped[0] ^= 1;
        assertThrows(GeneralSecurityException.class, () -> SyncCrypto.open(hub.getPrivate(), hub.getPublic().getEncoded(),
                new SyncCrypto.Sealed(s.ephemeralPublicKey(), s.nonce(), flipped), aad));
        assertNotEquals(HEX.formatHex(s.ephemeralPublicKey()),
                HEX.formatHex(SyncCrypto.seal(hub.getPublic(), text, aad).ephemeralPublicKey()), "a new key for every batch");
    }

    @Test
    void aSignatureHoldsOnlyForTheSignedBytesAndTheSignersKey() {
        KeyPair station = SyncCrypto.newSigningKeyPair();
        KeyPair other = SyncCrypto.newSigningKeyPair();
        byte[] data = "manifest and payload".getBytes(StandardCharsets.UTF_8);
        byte[] sig = SyncCrypto.sign(station.getPrivate(), data, 0, data.length);
        assertTrue(SyncCrypto.verify(station.getPublic(), data, 0, data.length, sig));
        assertFalse(SyncCrypto.verify(other.getPublic(), data, 0, data.length, sig));
        data[3] ^= 1;
        assertFalse(SyncCrypto.verify(station.getPublic(), data, 0, data.length, sig));
        assertFalse(SyncCrypto.verify(station.getPublic(), data, 0, data.length, new byte[3]), "malformed: false, not a crash");
    }

    @Test
    void aFingerprintIsFourGroupsOfFourCharactersThatCannotBeMisheard() {
        String fp = SyncCrypto.fingerprint(SyncCrypto.newSigningKeyPair().getPublic().getEncoded(),
                SyncCrypto.newAgreementKeyPair().getPublic().getEncoded());
        assertTrue(fp.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), fp);
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource({
        "7kq2-mx4p-0zt9-hc3r, 7KQ2-MX4P-0ZT9-HC3R",
        "7KQ2 MX4P 0ZT9 HC3R, 7KQ2-MX4P-0ZT9-HC3R",
        "7KQ2MX4POZT9HC3R,    7KQ2-MX4P-0ZT9-HC3R",
        "1ILO-0000-0000-0000, 1110-0000-0000-0000",
    })
    void aFingerprintIsReadAsItIsSpokenNotAsItIsTyped(String typed, String read) {
        assertEquals(read, SyncCrypto.normalizeFingerprint(typed));
    }
}
