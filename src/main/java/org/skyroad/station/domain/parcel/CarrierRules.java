package org.skyroad.station.domain.parcel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which carrier a tracking number belongs to, from its shape. All the rules are in the one
 * table below: when a carrier changes its numbering, this is the only place to edit (and the
 * table test beside it). Shapes of different carriers overlap (a 13-digit number starting 77
 * can be ZTO or STO): then the answer is {@link Carrier#UNKNOWN} with the candidates, and the
 * operator chooses.
 */
public final class CarrierRules {

    /** One shape: the whole normalised number must match {@code pattern}. */
    public record Rule(Carrier carrier, Pattern pattern, String example) {
        Rule(Carrier carrier, String regex, String example) {
            this(carrier, Pattern.compile(regex), example);
        }
    }

    /** What recognition found: one carrier, or UNKNOWN with every carrier the shape fits. */
    public record Guess(Carrier carrier, List<Carrier> candidates) {
        public boolean isKnown() {
            return carrier != Carrier.UNKNOWN;
        }
    }

    public static final List<Rule> RULES = List.of(
            new Rule(Carrier.SF, "SF\\d{12,15}", "SF1234567890123"),
            new Rule(Carrier.JD, "JD[A-Z]{0,2}\\d{9,15}(-\\d{1,3}-\\d{1,3}-?)?", "JDVA00123456789-1-2-"),
            new Rule(Carrier.JT, "JT\\d{13}", "JT0001234567890"),
            new Rule(Carrier.YTO, "YT\\d{13,15}", "YT1234567890123"),
            // UPU S10 items of China Post: E... is EMS, the other services are the post office's.
            new Rule(Carrier.EMS, "E[A-Z]\\d{9}CN", "EA123456789CN"),
            new Rule(Carrier.CHINA_POST, "[CLRV][A-Z]\\d{9}CN", "RR123456789CN"),
            // Domestic EMS: 11 to 13 digits starting 1; domestic postal parcels: 9 and 12 digits.
            new Rule(Carrier.EMS, "1\\d{10,12}", "1123456789012"),
            new Rule(Carrier.CHINA_POST, "9\\d{12}", "9712345678901"),
            // ZTO: 14 digits starting 73/75/76/78; 12 or 13 digits starting 5 or 7.
            new Rule(Carrier.ZTO, "7[3568]\\d{12}", "75123456789012"),
            new Rule(Carrier.ZTO, "[57]\\d{11,12}", "731234567890"),
            // STO: 13 digits starting 77, 88 or 66; 15 digits starting 77.
            new Rule(Carrier.STO, "(77|88|66)\\d{11}", "8812345678901"),
            new Rule(Carrier.STO, "77\\d{13}", "772012345678901"),
            // Yunda: 13 or 15 digits starting 31, 43 or 46.
            new Rule(Carrier.YUNDA, "(31|43|46)(\\d{11}|\\d{13})", "4312345678901"));

    private CarrierRules() {
    }

    public static Guess recognise(TrackingNumber number) {
        Set<Carrier> found = new LinkedHashSet<>();
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(number.value()).matches()) {
                found.add(rule.carrier());
            }
        }
        List<Carrier> candidates = new ArrayList<>(found);
        return new Guess(candidates.size() == 1 ? candidates.get(0) : Carrier.UNKNOWN, List.copyOf(candidates));
    }
}
