package org.skyroad.station.sync;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Optional;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.domain.common.Transactions;
import org.skyroad.station.persistence.Database;
import org.skyroad.station.persistence.Jdbc;

/**
 * This installation's two key pairs: Ed25519 to sign the batches it makes, X25519 to open the
 * batches made for it. Made once, kept in the station database (table {@code sync_key}); only
 * the public halves leave it, in the enrolment file. See docs/decisions/0005-sync-crypto.md for
 * why the private keys may live there and what protects them.
 */
public final class SyncKeys {

    public static final String SIGN = "SIGN";
    public static final String ENCRYPT = "ENCRYPT";

    /** The installation's keys, ready to use. */
    public record Own(PrivateKey signPrivate, PublicKey signPublic, PrivateKey encryptPrivate, PublicKey encryptPublic) {

        public byte[] signPublicBytes() {
            return signPublic.getEncoded();
        }

        public byte[] encryptPublicBytes() {
            return encryptPublic.getEncoded();
        }

        public String fingerprint() {
            return SyncCrypto.fingerprint(signPublicBytes(), encryptPublicBytes());
        }
    }

    private SyncKeys() {
    }

    /**
     * Makes the station's key pairs when it has none yet; does nothing when they exist. Called
     * at init and at every open (cheap: one query), so a database from before version 5 gets
     * its keys on first start. Returns true when keys were made.
     */
    public static boolean ensureKeys(Transactions tx, Jdbc jdbc, Clock clock) {
        return tx.inTransaction(() -> {
            boolean made = false;
            if (jdbc.queryLong("SELECT COUNT(*) FROM sync_key WHERE purpose = ?", SIGN) == 0) {
                insert(jdbc, SIGN, SyncCrypto.SIGN_ALGORITHM, SyncCrypto.newSigningKeyPair(), clock);
                made = true;
            }
            if (jdbc.queryLong("SELECT COUNT(*) FROM sync_key WHERE purpose = ?", ENCRYPT) == 0) {
                insert(jdbc, ENCRYPT, SyncCrypto.AGREE_ALGORITHM, SyncCrypto.newAgreementKeyPair(), clock);
                made = true;
            }
            return made;
        });
    }

    /** The same for a database opened on its own (the composition root, tests). */
    public static boolean ensureKeys(Database db, Clock clock) {
        return ensureKeys(db.transactions(), db.jdbc(), clock);
    }

    private static void insert(Jdbc jdbc, String purpose, String algorithm, KeyPair pair, Clock clock) {
        jdbc.update("INSERT INTO sync_key (purpose, algorithm, public_key, private_key, created_at) VALUES (?, ?, ?, ?, ?)",
                purpose, algorithm, pair.getPublic().getEncoded(), pair.getPrivate().getEncoded(), clock.instant());
    }

    /** The keys, inside the caller's transaction; empty before {@link #ensureKeys} ran. */
    static Optional<Own> load(Jdbc jdbc) {
        record Row(String algorithm, byte[] pub, byte[] priv) {
        }
        Optional<Row> sign = jdbc.queryOne("SELECT algorithm, public_key, private_key FROM sync_key WHERE purpose = ?",
                rs -> new Row(rs.getString(1), rs.getBytes(2), rs.getBytes(3)), SIGN);
        Optional<Row> enc = jdbc.queryOne("SELECT algorithm, public_key, private_key FROM sync_key WHERE purpose = ?",
                rs -> new Row(rs.getString(1), rs.getBytes(2), rs.getBytes(3)), ENCRYPT);
        if (sign.isEmpty() || enc.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Own(
                    SyncCrypto.privateKey(sign.get().algorithm(), sign.get().priv()),
                    SyncCrypto.publicKey(sign.get().algorithm(), sign.get().pub()),
                    SyncCrypto.privateKey(enc.get().algorithm(), enc.get().priv()),
                    SyncCrypto.publicKey(enc.get().algorithm(), enc.get().pub())));
        } catch (GeneralSecurityException e) {
            throw new StorageException(e, "error.sync.keysDamaged");
        }
    }
}
