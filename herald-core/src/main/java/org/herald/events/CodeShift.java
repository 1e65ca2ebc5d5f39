package org.herald.events;

/**
 * Turns the code of an act into the code of its intention (03x) or threat (13x): "will provide aid" is 033, not 073;
 * "threatened to impose sanctions" is 1312, not 163. Codes of saying (01, 02, 03, 10-13) keep their code.
 */
final class CodeShift {
    private CodeShift() { }

    static String shift(String code, Modality.Mood mood, Codebook book) {
        int root = Integer.parseInt(code.substring(0, 2));
        boolean cooperative = root >= 4 && root <= 9;
        boolean conflict = root >= 14;
        String out = code;
        if (mood == Modality.Mood.INTENDED) {
            if (cooperative) out = intent(code);
            else if (conflict) out = threat(code);
        } else if (mood == Modality.Mood.THREATENED) {
            // "threatened to veto", "threatened to sue": a threatened refusal or complaint is a threat too.
            if (conflict) out = threat(code);
            else if (cooperative || root == 11 || root == 12) out = "130";
        } else if (mood == Modality.Mood.PREPARED) {
            // "the army prepared to resume shelling": readying an attack is a show of force (15); other acts are intended.
            if (root >= 18) out = "150";
            else if (cooperative) out = intent(code);
            else if (conflict) out = threat(code);
        } else if (mood == Modality.Mood.REFUSED) {
            out = refusal(code);
        }
        // Codes of imported dictionaries are kept as given; only a shifted code must exist in the codebook.
        if (out.equals(code)) return code;
        return book.isKnown(out) ? out : out.substring(0, 2) + "0";
    }

    /** The refusal of a consent ("will not accept", "would not allow"): the matching 12x code where CAMEO has one. */
    static String refusal(String code) {
        String c3 = code.length() >= 3 ? code.substring(0, 3) : code + "0";
        return switch (c3) {
            case "036" -> "125";
            case "081" -> "1241";
            case "083" -> "123";
            case "084" -> "1243";
            case "085" -> "1244";
            case "086" -> "1245";
            case "087" -> "1246";
            default -> switch (c3.substring(0, 2)) {
                case "06" -> "121";
                case "07" -> "122";
                default -> "120";
            };
        };
    }

    static String intent(String code) {
        String c3 = code.length() >= 3 ? code.substring(0, 3) : code + "0";
        return switch (c3) {
            case "045" -> "039";
            case "057" -> "030";
            case "061" -> "0311";
            case "062" -> "0312";
            case "063" -> "0313";
            case "064" -> "0314";
            case "071" -> "0331";
            case "072" -> "0332";
            case "073" -> "0333";
            case "074" -> "0334";
            case "081" -> "0351";
            case "083" -> "034";
            case "084" -> "0353";
            case "085" -> "0354";
            case "086" -> "0355";
            case "087" -> "0356";
            default -> switch (c3.substring(0, 2)) {
                case "04" -> "036";
                case "05" -> "032";
                case "06" -> "031";
                case "07" -> "033";
                case "08" -> "035";
                default -> "030";
            };
        };
    }

    static String threat(String code) {
        if (code.length() == 4 && code.startsWith("172")) return "132" + code.charAt(3);   // 1723 curfew -> 1323
        String c3 = code.length() >= 3 ? code.substring(0, 3) : code + "0";
        return switch (c3) {
            case "160", "161" -> "1313";
            case "162" -> "1311";
            case "163" -> "1312";
            case "164" -> "134";
            case "165" -> "135";
            case "166" -> "136";
            case "172" -> "132";
            case "191" -> "1381";
            case "192" -> "1382";
            default -> switch (c3.substring(0, 2)) {
                case "14" -> "133";
                case "15" -> "138";
                case "16" -> "131";
                case "17" -> "137";
                case "18" -> "1383";
                case "19" -> "1384";
                case "20" -> "1385";
                default -> "130";
            };
        };
    }
}
