package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.CarrierRules;
import org.skyroad.station.domain.parcel.TrackingNumber;

class CarrierRulesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            SF1234567890123,        SF
            SF123456789012,         SF
            JDVA00123456789,        JD
            JDX000123456789,        JD
            JDVA00123456789-1-2-,   JD
            JT0001234567890,        JT
            YT1234567890123,        YTO
            YT123456789012345,      YTO
            EA123456789CN,          EMS
            EM987654321CN,          EMS
            RR123456789CN,          CHINA_POST
            CP123456789CN,          CHINA_POST
            1123456789012,          EMS
            11234567890,            EMS
            9712345678901,          CHINA_POST
            75123456789012,         ZTO
            78123456789012,         ZTO
            731234567890,           ZTO
            5123456789012,          ZTO
            8812345678901,          STO
            6612345678901,          STO
            772012345678901,        STO
            4312345678901,          YUNDA
            3112345678901,          YUNDA
            461234567890123,        YUNDA
            """)
    void recognisesCarrierFromTheNumbersShape(String number, Carrier expected) {
        assertEquals(expected, CarrierRules.recognise(TrackingNumber.parse(number)).carrier());
    }

    @ParameterizedTest(name = "{0} could be {1}")
    @CsvSource(textBlock = """
            7712345678901,  ZTO STO
            """)
    void overlappingShapesAreUnknownWithTheCandidates(String number, String candidates) {
        CarrierRules.Guess guess = CarrierRules.recognise(TrackingNumber.parse(number));
        assertEquals(Carrier.UNKNOWN, guess.carrier());
        assertFalse(guess.isKnown());
        List<Carrier> expected = Arrays.stream(candidates.split(" ")).map(Carrier::valueOf).toList();
        assertEquals(expected, guess.candidates());
    }

    @ParameterizedTest(name = "{0} is not recognised")
    @CsvSource(textBlock = """
            ABC123456,
            2123456789012,
            SF12345,
            US123456789US,
            """)
    void shapesOfNoCarrierAreUnknownWithoutCandidates(String number) {
        CarrierRules.Guess guess = CarrierRules.recognise(TrackingNumber.parse(number));
        assertEquals(Carrier.UNKNOWN, guess.carrier());
        assertTrue(guess.candidates().isEmpty());
    }

    @Test
    void everyRulesExampleIsRecognisedAsItsCarrierOrAnOverlap() {
        for (CarrierRules.Rule rule : CarrierRules.RULES) {
            CarrierRules.Guess guess = CarrierRules.recognise(TrackingNumber.parse(rule.example()));
            assertTrue(guess.candidates().contains(rule.carrier()), rule.example());
        }
    }
}
