package org.brainbridge.generator;

/**
 * Identifiers with valid check characters that are visibly fictional: unified social credit codes (GB 32100) whose
 * organisation code (GB 11714) starts with FAKE, and resident ID numbers (GB 11643) in the non-existent division
 * 999999. Valid checksums let the loader's own validation run on them; the markers keep them from passing for real.
 */
final class Checks {

    private Checks() {}

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /**
     * "91" (enterprise, company) + the division code + FAKE and four characters numbering the enterprise (31^4, so
     * unique for up to 923,521 enterprises) + the GB 11714 check + the GB 32100 check.
     */
    static String uscc(String divisionCode, int seq) {
        StringBuilder org = new StringBuilder("FAKE");
        int n = seq;
        char[] digits = new char[4];
        for (int i = 3; i >= 0; i--) {
            digits[i] = USCC_CHARS.charAt(n % 31);
            n /= 31;
        }
        org.append(digits);
        String body = "91" + divisionCode + org + orgCheck(org);
        return body + usccCheck(body);
    }

    static char orgCheck(CharSequence eight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = eight.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    static char usccCheck(String seventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(seventeen.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC_CHARS.charAt((31 - sum % 31) % 31);
    }

    /** 999999 (no such division) + the birth date (yyyyMMdd) + a three-digit sequence + the GB 11643 check. */
    static String idNumber(int year, int month, int day, int seq) {
        StringBuilder body = new StringBuilder(18).append("999999").append(year);
        pad2(body, month);
        pad2(body, day);
        body.append((char) ('0' + seq / 100 % 10))
                .append((char) ('0' + seq / 10 % 10))
                .append((char) ('0' + seq % 10));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body.append("10X98765432".charAt(sum % 11)).toString();
    }

    static void pad2(StringBuilder out, int v) {
        out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
