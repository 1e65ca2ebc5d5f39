package org.herald.events;

import java.util.regex.Pattern;

/**
 * A CAMEO event code: two to four digits ("11", "112", "0211"). The root is the first two digits.
 * Imported PETRARCH dictionaries may carry codes outside the codebook; {@link Codebook#isKnown} tells them apart.
 */
public record CameoCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("\\d{2,4}");

    public CameoCode {
        if (value == null || !SHAPE.matcher(value).matches())
            throw new IllegalArgumentException("not a CAMEO code (2-4 digits): " + value);
    }

    public static CameoCode of(String value) { return new CameoCode(value.trim()); }

    public String root() { return value.substring(0, 2); }

    public int rootNumber() { return Integer.parseInt(root()); }

    @Override public String toString() { return value; }
}
