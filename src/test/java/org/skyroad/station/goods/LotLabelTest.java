package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.goods.LotLabel;
import org.skyroad.station.domain.goods.LotQrText;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;

/** The label's QR code, read back with ZXing as a phone would, says what was written. */
class LotLabelTest {

    @TempDir
    Path dir;
    GoodsFixture g;

    @BeforeEach
    void open() {
        g = GoodsFixture.open(dir);
    }

    @AfterEach
    void close() {
        g.close();
    }

    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }

    @Test
    void theQrCodeReadBackEqualsTheTextWrittenInChineseAndTibetan() throws Exception {
        Product butter = g.butter();
        Producer tashi = g.producer("བཀྲ་ཤིས་དོན་གྲུབ");
        Lot lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("12.5"), GoodsFixture.yuan("95"));
        LotLabel label = g.desk.label(lot.id());
        String read = decode(label.qrPng());
        assertEquals(label.qrText(), read);
        LotQrText parsed = LotQrText.parse(read);
        assertEquals(lot.code(), parsed.code());
        assertEquals("牦牛酥油 Yak butter", parsed.product());
        assertEquals("特级", parsed.grade());
        assertEquals("བཀྲ་ཤིས་དོན་གྲུབ", parsed.producer());
        assertEquals("达雄村", parsed.village());
        assertEquals(lot.producedOn(), parsed.date());
        assertEquals(lot.bestBefore(), parsed.bestBefore());
    }

    @Test
    void theFirstLineIsWhatAScannerTypesAndItFindsTheLot() throws Exception {
        Product cashmere = g.cashmere();
        Lot lot = g.intake(g.producer("扎西"), cashmere, "A", GoodsFixture.kg("3.2"), GoodsFixture.yuan("480"));
        String read = decode(g.desk.label(lot.id()).qrPng());
        String firstLine = read.lines().findFirst().orElseThrow();
        assertTrue(firstLine.chars().allMatch(c -> c < 128), "the scanned line is ASCII: " + firstLine);
        assertEquals(lot.id(), g.desk.lot(firstLine).id());
        assertEquals(lot.code(), LotCode.parse(read));
    }

    @Test
    void theLabelCarriesEverythingItPrints() {
        Product butter = g.butter();
        Lot lot = g.intake(g.producer("卓玛"), butter, "一级", GoodsFixture.kg("4"), GoodsFixture.yuan("88"));
        LotLabel label = g.desk.label(lot.id());
        assertEquals("牦牛酥油", label.productZh());
        assertEquals("འབྲི་མར།", label.productBo());
        assertEquals("Yak butter", label.productEn());
        assertEquals("水分≤20%", label.gradeStandard());
        assertTrue(label.coldChain());
        assertEquals("TS-003", label.stationCode());
        assertEquals(lot.producedOn().plusDays(90), label.bestBefore());
        assertEquals(4000L, label.weightGrams());
    }
}
