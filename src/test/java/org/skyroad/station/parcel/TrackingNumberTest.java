package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.parcel.TrackingNumber;

class TrackingNumberTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            'SF1234567890123',          SF1234567890123
            'sf1234567890123',          SF1234567890123
            '  SF 1234 5678 90123  ',   SF1234567890123
            ']C1SF1234567890123',       SF1234567890123
            ']Q3JDVA00123456789',       JDVA00123456789
            ']E04312345678901',         4312345678901
            ']c1sf1234567890123',       SF1234567890123
            'ＳＦ１２３４５６７８９０１２３',   SF1234567890123
            'jdva00123456789-1-2-',     JDVA00123456789-1-2-
            """)
    void scannedTextIsNormalised(String scanned, String expected) {
        assertEquals(expected, TrackingNumber.parse(scanned).value());
    }

    @Test
    void theScannersEnterAndTabAtTheEndAreNotPartOfTheNumber() {
        assertEquals("SF1234567890123", TrackingNumber.parse("SF1234567890123\r\n").value());
        assertEquals("SF1234567890123", TrackingNumber.parse("\tSF1234567890123\t").value());
    }

    @ParameterizedTest(name = "''{0}'' is refused with {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            '',                                              error.parcel.trackingEmpty
            '   ',                                           error.parcel.trackingEmpty
            'SF123\u0000456789',                             error.parcel.trackingControl
            'SF123\u0007456789',                             error.parcel.trackingControl
            'SF123\u200B456789',                             error.parcel.trackingControl
            'SF12345678901234567890123456789012345678901',   error.parcel.trackingTooLong
            'SF12/3456789',                                  error.parcel.trackingShape
            '扎西的包裹号',                                    error.parcel.trackingShape
            'AB12',                                          error.parcel.trackingShape
            '-SF123456789',                                  error.parcel.trackingShape
            """)
    void badScansAreRefusedWithASentence(String scanned, String key) {
        String text = scanned.replace("\\u0000", "\u0000").replace("\\u0007", "\u0007").replace("\\u200B", "\u200B");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TrackingNumber.parse(text));
        assertEquals(key, e.messageKey());
    }

    @Test
    void nullIsRefusedAsEmpty() {
        assertEquals("error.parcel.trackingEmpty",
                assertThrows(InvalidInputException.class, () -> TrackingNumber.parse(null)).messageKey());
    }
}
