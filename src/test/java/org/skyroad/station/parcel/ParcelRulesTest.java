package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Manifest;
import org.skyroad.station.domain.parcel.ShelfLayout;
import org.skyroad.station.domain.parcel.StorageFeeRule;
import org.skyroad.station.domain.parcel.TrackingNumber;

/** The parcel desk's pure rules: fees, shelves, manifest files. No database. */
class ParcelRulesTest {

    @ParameterizedTest(name = "{0} days kept: {1}")
    @CsvSource(textBlock = """
            0,  0.00
            3,  0.00
            4,  0.50
            6,  1.50
            7,  2.00
            30, 2.00
            """)
    void storageFeeAfterTheFreeDaysUpToTheCap(int daysKept, String fee) {
        StorageFeeRule rule = new StorageFeeRule(3, Money.parse("0.50"), Money.parse("2"));
        assertEquals(Money.parse(fee), rule.feeFor(daysKept));
    }

    @Test
    void noPerDayFeeMeansNoFeeAndNoCapMeansNoLimit() {
        assertEquals(Money.ZERO, StorageFeeRule.NONE.feeFor(100));
        assertEquals(Money.parse("30"), new StorageFeeRule(0, Money.parse("1"), Money.ZERO).feeFor(30));
    }

    @Test
    void shelfLayoutExpandsRangesAndKeepsTheFloor() {
        ShelfLayout layout = ShelfLayout.parse("A-01..A-40， b-01..b-20; FLOOR");
        assertEquals(61, layout.slots().size());
        assertEquals("A-01", layout.slots().get(0));
        assertEquals("B-20", layout.slots().get(59));
        assertTrue(layout.hasFloor());
        assertEquals("A-01..A-40, B-01..B-20, FLOOR", layout.text());
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            '',
            'FLOOR',
            'A-10..A-01',
            'A-01..B-10',
            'A/01',
            'A-1..A-9999',
            """)
    void badShelfLayoutsAreRefused(String text) {
        assertThrows(InvalidInputException.class, () -> ShelfLayout.parse(text));
    }

    @Test
    void slotChoiceLeastFilledThenTogetherThenFloorForLarge() {
        ShelfLayout layout = ShelfLayout.parse("A-01..A-03, FLOOR");
        Map<String, Integer> fill = Map.of("A-01", 2, "A-02", 1, "A-03", 1);
        assertEquals("A-02", layout.choose(false, Optional.empty(), fill));
        assertEquals("A-01", layout.choose(false, Optional.of("A-01"), fill));
        assertEquals("FLOOR", layout.choose(true, Optional.of("A-01"), fill));
        assertEquals("A-02", layout.choose(false, Optional.of("FLOOR"), fill), "a villager's large parcel does not pull others to the floor");
        assertEquals("A-02", layout.choose(false, Optional.of("Z-99"), fill), "a slot no longer in the layout is not used");
        assertEquals("A-02", ShelfLayout.parse("A-01..A-03").choose(true, Optional.empty(), fill), "no floor: a shelf");
    }

    @Test
    void manifestCsvWithHeaderQuotesAndBom() {
        String csv = "\uFEFF序号,运单号,收件人\r\n1,\"SF1234567890123\",扎西\r\n2, yt1234567890123 ,卓玛\r\n\r\n3,SF1234567890123,扎西\r\n";
        Manifest m = Manifest.parseCsv(csv);
        assertEquals(List.of(TrackingNumber.parse("SF1234567890123"), TrackingNumber.parse("YT1234567890123")),
                m.trackingNumbers());
    }

    @Test
    void manifestCsvWithoutHeaderTakesTheFirstColumn() {
        Manifest m = Manifest.parseCsv("SF1234567890123;2025-07-01\nSF1234567890124;2025-07-01\n");
        assertEquals(2, m.size());
    }

    @Test
    void aManifestLineThatIsNoTrackingNumberIsRefusedWithItsLineNumber() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Manifest.parseCsv("tracking\nSF1234567890123\n??\n"));
        assertEquals("error.parcel.manifestLine", e.messageKey());
        assertEquals(3, e.args()[0]);
    }

    @Test
    void anEmptyManifestIsRefused() {
        assertThrows(InvalidInputException.class, () -> Manifest.parseCsv("tracking\n\n"));
    }
}
