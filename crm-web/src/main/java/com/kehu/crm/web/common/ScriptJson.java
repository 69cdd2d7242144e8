package com.kehu.crm.web.common;

/**
 * JSON that goes into a {@code <script>} block of a page (a {@code p:chart} configuration is written there as it is).
 * JSON-P escapes quotes and backslashes, which keeps a label inside its string, but not {@code </script>}: the HTML
 * parser ends the script block there, before JavaScript sees the string, and what follows is markup. Here
 * {@code <}, {@code >} and {@code &} become {@code \u003c}, {@code \u003e}, {@code \u0026}, and the line separators
 * U+2028/U+2029 are escaped too. In JSON these characters can only stand inside strings, where the escapes mean the
 * same characters: the chart shows the label exactly as typed.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    /** {@code json} (valid JSON, e.g. from JSON-P) made safe to embed in a script block. */
    public static String embeddable(String json) {
        if (json == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
