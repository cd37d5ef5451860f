package org.skyroad.station.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.skyroad.station.domain.common.InvalidInputException;

/** QR codes for labels (ZXing), and images given as PNG bytes. */
final class QrCodes {

    private QrCodes() {
    }

    /** A QR code of {@code text} (UTF-8, error correction M), {@code pixels} square, with a quiet zone. */
    static BufferedImage qr(String text, int pixels) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 2));
            return MatrixToImageWriter.toBufferedImage(m);
        } catch (WriterException | IllegalArgumentException e) {
            throw new InvalidInputException("error.report.qr");
        }
    }

    /** Reads PNG (or JPEG) bytes; null for null or unreadable bytes. */
    static BufferedImage image(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }
}
