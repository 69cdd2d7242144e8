package com.kehu.crm.it.breakin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;

/**
 * The break-in suite's table: per attack, how many tries were made and how many the application refused. Each attack
 * is also an assertion (every try refused), so a hole fails the build; the table is printed and written to
 * {@code target/break-in-report.md} and {@code .csv} after every attack, so the last one written holds the whole run.
 */
final class BreakInReport {

    private static final Map<String, Attack> ATTACKS = new LinkedHashMap<>();
    private static final Path DIR = Path.of(System.getProperty("kehu.breakin.report.dir", "target"));

    private BreakInReport() {
    }

    /** Starts (or continues) counting the tries of one attack, a row of the table. */
    static synchronized Attack attack(String name) {
        return ATTACKS.computeIfAbsent(name, Attack::new);
    }

    /** One row: tries, refusals, and what got through. */
    static final class Attack {
        private final String name;
        private int tries;
        private int refused;
        private final List<String> holes = new ArrayList<>();

        private Attack(String name) {
            this.name = name;
        }

        /** Counts one try; {@code refused} is what the application did with it, {@code what} names it in the failure. */
        synchronized boolean tried(String what, boolean refused) {
            tries++;
            if (refused) {
                this.refused++;
            } else {
                holes.add(what);
            }
            return refused;
        }

        /** Counts one try that ended in an exception of the test itself (the server's answer was not as expected). */
        synchronized void failed(String what, Throwable error) {
            tries++;
            holes.add(what + " (" + error + ")");
        }

        /** Records the row, writes the table, and fails when any try got through. */
        void assertAllRefused() {
            write();
            Assertions.assertTrue(tries > 0, name + ": no try was made");
            Assertions.assertEquals(tries, refused, name + ": not refused: " + holes);
        }

        int tries() {
            return tries;
        }
    }

    static synchronized String table() {
        StringBuilder md = new StringBuilder("| attack | tries | refused |\n|---|---:|---:|\n");
        int tries = 0;
        int refused = 0;
        for (Attack a : ATTACKS.values()) {
            md.append("| ").append(a.name).append(" | ").append(a.tries).append(" | ").append(a.refused).append(" |\n");
            tries += a.tries;
            refused += a.refused;
        }
        md.append("| **all** | ").append(tries).append(" | ").append(refused).append(" |\n");
        return md.toString();
    }

    static synchronized void write() {
        StringBuilder csv = new StringBuilder("attack,tries,refused,not refused\n");
        StringBuilder holes = new StringBuilder();
        for (Attack a : ATTACKS.values()) {
            csv.append('"').append(a.name.replace("\"", "\"\"")).append("\",").append(a.tries).append(',')
                    .append(a.refused).append(",\"").append(String.join("; ", a.holes).replace("\"", "\"\"")).append("\"\n");
            a.holes.forEach(h -> holes.append("- ").append(a.name).append(": ").append(h).append('\n'));
        }
        String md = "# Break-in suite\n\n" + table() + (holes.isEmpty() ? "" : "\n## Not refused\n\n" + holes);
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve("break-in-report.md"), md, StandardCharsets.UTF_8);
            Files.writeString(DIR.resolve("break-in-report.csv"), csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the whole table (the suite calls it once at its end). */
    static void print() {
        write();
        System.out.println("\nBreak-in suite\n" + table());
    }
}
