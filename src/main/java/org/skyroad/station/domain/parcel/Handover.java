package org.skyroad.station.domain.parcel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.TextRules;

/**
 * Parcels given out at the counter in one go: to their recipient, or to someone collecting for
 * them ({@code proxyName}). The cash taken for cash-on-delivery parcels and storage fees is
 * totalled here; each parcel keeps its own amounts. The signature, when taken, is either a PNG
 * image or the SVG path text of a signature pad; neither travels in audit or outbox rows.
 */
public record Handover(UUID id, Instant at, UUID staffId, String staffName, UUID collectorId,
                       String proxyName, List<UUID> parcelIds, Money codTotal, Money storageFeeTotal,
                       byte[] signaturePng, String signatureSvg, long version) {

    public static final int PROXY_NAME_MAX = 60;
    public static final int SIGNATURE_MAX_BYTES = 512 * 1024;

    public Handover {
        parcelIds = List.copyOf(parcelIds);
        proxyName = checkProxyName(proxyName);
        if (signaturePng != null && signaturePng.length == 0) {
            signaturePng = null;
        }
        if (signatureSvg != null && signatureSvg.isBlank()) {
            signatureSvg = null;
        }
        if (signaturePng != null && signaturePng.length > SIGNATURE_MAX_BYTES
                || signatureSvg != null && signatureSvg.length() > SIGNATURE_MAX_BYTES) {
            throw new InvalidInputException("error.parcel.signatureTooBig");
        }
        signaturePng = signaturePng == null ? null : signaturePng.clone();
    }

    public static String checkProxyName(String name) {
        String cleaned = TextRules.clean(name);
        if (cleaned == null || cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > PROXY_NAME_MAX || TextRules.hasControlCharacters(cleaned)) {
            throw new InvalidInputException("error.parcel.proxyNameTooLong", PROXY_NAME_MAX);
        }
        return cleaned;
    }

    public boolean isByProxy() {
        return proxyName != null;
    }

    public boolean isSigned() {
        return signaturePng != null || signatureSvg != null;
    }

    @Override
    public byte[] signaturePng() {
        return signaturePng == null ? null : signaturePng.clone();
    }

    public Money cashTotal() {
        return codTotal.plus(storageFeeTotal);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("at", at.toString());
        m.put("staffId", staffId == null ? null : staffId.toString());
        m.put("staffName", staffName);
        m.put("collectorId", collectorId == null ? null : collectorId.toString());
        m.put("proxyName", proxyName);
        m.put("parcelIds", parcelIds.stream().map(UUID::toString).toList());
        m.put("codTotalFen", codTotal.fen());
        m.put("storageFeeTotalFen", storageFeeTotal.fen());
        m.put("signature", signaturePng != null ? "png" : signatureSvg != null ? "svg" : null);
        m.put("version", version);
        return m;
    }
}
