package com.kehu.crm.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code churn}: the weekly churn check as the application runs it (its administrators' REST call
 * {@code POST api/v1/churn/check}: chunks of customers, one INSERT ... SELECT each, each in its own transaction)
 * against the same detection as one INSERT ... SELECT over JDBC in one transaction, rolled back, on the same
 * database in the same run. Both start from the same state: warnings that nobody has worked on yet (no measure)
 * are removed before each round, so that each run detects every dormant customer again. Prints the medians of a few
 * rounds ({@code -Dkehu.bench.rounds}, default 3), the ratio and the server's used heap before and after the
 * application's run.
 */
final class ChurnBench {

    /** The application's detection (ChurnChunks.DETECT) over all customers at once. */
    private static final String RAW = "INSERT INTO CHN_WARNING (ID, VERSION, CUSTOMER_ID, OPEN_CUSTOMER_ID, "
            + "WARNING_STATUS, LAST_ORDER_DATE, RUN_ID, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) "
            + "SELECT NEXT VALUE FOR CRM_SEQ, 0, c.ID, c.ID, 'WARNING', "
            + "(SELECT MAX(o.ORDER_DATE) FROM SALES_ORDER o WHERE o.CUSTOMER_ID = c.ID AND o.STATUS IN ('PAID', 'SHIPPED')), "
            + "NULL, CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP, 'bench' "
            + "FROM CST_CUSTOMER c WHERE c.STATUS = 'NORMAL' "
            + "AND NOT EXISTS (SELECT 1 FROM SALES_ORDER o WHERE o.CUSTOMER_ID = c.ID AND o.STATUS IN ('PAID', 'SHIPPED') "
            + "AND o.ORDER_DATE >= ?) "
            + "AND (c.CREATED_AT < ? OR EXISTS (SELECT 1 FROM SALES_ORDER o WHERE o.CUSTOMER_ID = c.ID "
            + "AND o.STATUS IN ('PAID', 'SHIPPED'))) "
            + "AND NOT EXISTS (SELECT 1 FROM CHN_WARNING w WHERE w.OPEN_CUSTOMER_ID = c.ID)";
    private static final Pattern NUMBER = Pattern.compile("\"%s\"\\s*:\\s*(\\d+)");

    private final Connection connection;
    private final String baseUrl;

    ChurnBench(Connection connection, String baseUrl) {
        this.connection = connection;
        this.baseUrl = baseUrl;
    }

    void run(int thresholdMonths) throws Exception {
        LocalDate cutoff = LocalDate.now().minusMonths(thresholdMonths);
        long customers = single("SELECT COUNT(*) FROM CST_CUSTOMER");
        long lines = single("SELECT COUNT(*) FROM SALES_ORDER_LINE");
        System.out.printf(Locale.ROOT, "Kehu CRM churn check: %,d customers, %,d order lines, cutoff %s%n",
                customers, lines, cutoff);
        connection.setAutoCommit(false);
        int rounds = Integer.getInteger("kehu.bench.rounds", 3);
        double[] rawMs = new double[rounds];
        double[] appMs = new double[rounds];
        double[] runMs = new double[rounds];
        int raw = 0;
        long created = 0;
        String answer = null;
        for (int round = 0; round < rounds; round++) {
            long removed = resetUntouchedWarnings();
            if (round == 0) {
                System.out.printf(Locale.ROOT, "removed %,d warnings nobody had worked on, so that both runs detect "
                        + "them; %d rounds, medians%n", removed, rounds);
            }
            long start = System.nanoTime();
            try (PreparedStatement st = connection.prepareStatement(RAW)) {
                st.setDate(1, java.sql.Date.valueOf(cutoff));
                st.setTimestamp(2, java.sql.Timestamp.valueOf(cutoff.atStartOfDay()));
                raw = st.executeUpdate();
            }
            rawMs[round] = (System.nanoTime() - start) / 1e6;
            connection.rollback();

            start = System.nanoTime();
            answer = post("api/v1/churn/check");
            appMs[round] = (System.nanoTime() - start) / 1e6;
            runMs[round] = number(answer, "durationMillis");
            created = number(answer, "warningsCreated");
        }
        double rawMedian = median(rawMs);
        double appMedian = median(appMs);
        double runMedian = median(runMs);
        System.out.printf(Locale.ROOT, "%-52s %12s %12s%n", "", "ms", "warnings");
        System.out.printf(Locale.ROOT, "%-52s %12.1f %,12d%n", "raw SQL (one INSERT ... SELECT, rolled back)",
                rawMedian, raw);
        System.out.printf(Locale.ROOT, "%-52s %12.1f %,12d%n", "application (POST api/v1/churn/check, as called)",
                appMedian, created);
        System.out.printf(Locale.ROOT, "%-52s %12.1f%n", "application (the run itself, as the server timed it)",
                runMedian);
        System.out.printf(Locale.ROOT, "ratio application / raw SQL: %.2f (the run itself: %.2f)%n",
                appMedian / rawMedian, runMedian / rawMedian);
        System.out.printf(Locale.ROOT, "server heap used (last round): %,d MB before, %,d MB after%n",
                number(answer, "heapUsedBeforeMb"), number(answer, "heapUsedAfterMb"));
        if (created != raw) {
            System.out.printf(Locale.ROOT, "NOTE: the two runs found different counts (%d vs %d): did the data change "
                    + "in between?%n", created, raw);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private long resetUntouchedWarnings() throws SQLException {
        try (Statement st = connection.createStatement()) {
            int n = st.executeUpdate("DELETE FROM CHN_WARNING w WHERE w.WARNING_STATUS = 'WARNING' "
                    + "AND NOT EXISTS (SELECT 1 FROM CHN_MEASURE m WHERE m.WARNING_ID = w.ID)");
            connection.commit();
            return n;
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String post(String path) throws Exception {
        String user = System.getProperty("kehu.admin", "admin");
        String password = System.getProperty("kehu.admin.password", user);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofHours(1)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile(String.format(NUMBER.pattern(), field)).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
