package org.skyroad.station.domain.goods;

import java.time.LocalDate;

/**
 * Everything a lot label prints (the layout belongs to the reports): the code in large type,
 * the product in Chinese, Tibetan and English, grade and its standard, producer and village,
 * dates, quantity, whether it needs the cold chain, the station, and the QR code as a PNG
 * whose text is {@link #qr()}.
 */
public record LotLabel(LotCode code, String productZh, String productBo, String productEn, String grade,
                       String gradeStandard, String producer, String village, LocalDate producedOn,
                       LocalDate bestBefore, Quantity quantity, Long weightGrams, boolean coldChain,
                       String stationCode, String stationName, LotQrText qr, byte[] qrPng) {

    public String qrText() {
        return qr.text();
    }
}
