package com.kehu.crm.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How every benchmark times: the median of {@value #RUNS} runs after {@value #WARM_UP} warm-ups. */
final class Measure {

    static final int WARM_UP = 3;
    static final int RUNS = 11;

    private Measure() {
    }

    @FunctionalInterface
    interface Timed {
        void run() throws Exception;
    }

    /** The median of {@code runs} runs in milliseconds, after {@code warmUps} runs that are not counted. */
    static double median(Timed work, int warmUps, int runs) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    static double median(Timed work) throws Exception {
        return median(work, WARM_UP, RUNS);
    }

    /** A run longer than this is timed {@value #SLOW_RUNS} times only (after one warm-up): a report over ten million
     * order lines takes tens of seconds, and its median of three is as telling. */
    static final double SLOW_MS = 2000;
    static final int SLOW_RUNS = 3;

    /** The median like {@link #median(Timed)}, or of {@value #SLOW_RUNS} runs when the first run is slow. */
    static double adaptiveMedian(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        double first = (System.nanoTime() - start) / 1e6;
        return first > SLOW_MS ? median(work, 0, SLOW_RUNS) : median(work, WARM_UP - 1, RUNS);
    }

    /** Runs a query and returns its first column; every column of every row is read, as the application does. */
    static List<Object> read(Connection c, String sql, Object... params) throws SQLException {
        List<Object> first = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int p = 0; p < params.length; p++) {
                st.setObject(p + 1, params[p]);
            }
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    first.add(rs.getObject(1));
                    for (int col = 2; col <= columns; col++) {
                        rs.getObject(col);
                    }
                }
            }
        }
        return first;
    }
}
