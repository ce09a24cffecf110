package org.brainbridge.generator;

import java.util.List;
import java.util.Locale;

/** Formatting without String.format (which is slow at a million rows): ids, amounts, dates, lists. */
final class Fmt {

    private Fmt() {}

    /** "ent-gen-000042": the kind's prefix, "gen", and a zero-padded 1-based counter. */
    static String id(String prefix, int index) {
        String n = Integer.toString(index + 1);
        StringBuilder out =
                new StringBuilder(prefix.length() + 12).append(prefix).append("-gen-");
        for (int i = n.length(); i < 6; i++) {
            out.append('0');
        }
        return out.append(n).toString();
    }

    /** One decimal, "." as the separator: 1234.5. */
    static String money(double v) {
        long tenths = Math.round(v * 10);
        return (tenths / 10) + "." + Math.abs(tenths % 10);
    }

    static String date(int year, int month, int day) {
        StringBuilder out = new StringBuilder(10).append(year).append('-');
        Checks.pad2(out, month);
        out.append('-');
        Checks.pad2(out, day);
        return out.toString();
    }

    /** 甲、乙、丙 */
    static String zhList(List<String> items) {
        return String.join("、", items);
    }

    /** "a, b and c" */
    static String enList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    static String lower(String s) {
        return TechWords.lowerFirst(s);
    }

    static String upper(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
