package com.kehu.crm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reports and the home page's dashboards through the application against their SQL over JDBC, in the same run on
 * the same database. The application's side is what a browser asks: a report is one GET of its URL (the filters are
 * view parameters; the page runs the report and renders table and chart); the home page is its GET plus the ajax call
 * that loads the key figures. The raw side is the statements the application sends for that page, as EclipseLink
 * wrote them (copied from the database's statement log), each read to its last row and column. Median of
 * {@value Measure#RUNS} after {@value Measure#WARM_UP} warm-ups, or of {@value Measure#SLOW_RUNS} after one when a
 * run takes more than two seconds. Goal: a report at most 1.5 × its SQL; the home page under a second.
 */
final class ReportBench {

    private static final double REPORT_GOAL = 1.5;
    private static final double DASHBOARD_GOAL_MS = 1000;

    private final Connection connection;
    private final String baseUrl;
    private final LocalDate today = LocalDate.now();

    ReportBench(Connection connection, String baseUrl) {
        this.connection = connection;
        this.baseUrl = baseUrl;
    }

    /** A statement of the raw side and its parameters. */
    private record Sql(String sql, Object... params) {
    }

    /** A page of the application (as the user, the URL, whether the home page's ajax call follows) and its SQL. */
    private record Scenario(String name, String user, String path, boolean dashboard, List<Sql> statements) {
    }

    void run() throws Exception {
        ReportSql sql = new ReportSql(today, Generator.longs(connection, "SELECT ID FROM SEC_USER WHERE USERNAME = "
                + "'manager'").get(0));
        int year = today.getYear();
        LocalDate yearAgo = today.minusMonths(12);
        List<Scenario> scenarios = List.of(
                new Scenario("contribution, this year (" + year + ")", "exec", "report/contribution/list.xhtml",
                        false, sql.contribution(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))),
                new Scenario("contribution, last 3 years", "exec", "report/contribution/list.xhtml?from="
                        + today.minusYears(3) + "&to=" + today, false, sql.contribution(today.minusYears(3), today)),
                new Scenario("composition by level", "exec", "report/composition/list.xhtml?by=LEVEL", false,
                        sql.composition("LEVEL", null)),
                new Scenario("composition region x manager", "exec",
                        "report/composition/list.xhtml?by=REGION&then=MANAGER", false,
                        sql.composition("REGION", "MANAGER")),
                new Scenario("service by type and month, 1 year", "exec", "support/analysis/charts.xhtml?from="
                        + yearAgo + "&to=" + today + "&granularity=MONTH&by=TYPE", false,
                        sql.service(yearAgo, today)),
                new Scenario("churn analysis, 1 year", "exec", "report/churn/list.xhtml?from=" + yearAgo + "&to="
                        + today, false, sql.churn(yearAgo, today)),
                new Scenario("home page, executive", "exec", "index.xhtml", true, sql.dashboard(false)),
                new Scenario("home page, manager", "manager", "index.xhtml", true, sql.dashboard(true)));

        String only = System.getProperty("kehu.bench.only");
        if (only != null) {
            scenarios = scenarios.stream().filter(s -> s.name().contains(only)).toList();
        }
        long customers = Generator.longs(connection, "SELECT COUNT(*) FROM CST_CUSTOMER").get(0);
        long lines = Generator.longs(connection, "SELECT COUNT(*) FROM SALES_ORDER_LINE").get(0);
        String database = connection.getMetaData().getDatabaseProductName() + " "
                + connection.getMetaData().getDatabaseProductVersion();
        System.out.printf(Locale.ROOT, "Kehu CRM reports and dashboards on %s, %,d customers, %,d order lines; "
                + "median of %d runs after %d warm-ups (of %d after one when a run takes over %.0f ms)%n", database,
                customers, lines, Measure.RUNS, Measure.WARM_UP, Measure.SLOW_RUNS, Measure.SLOW_MS);
        String header = String.format(Locale.ROOT, "%-36s %10s %10s %7s %10s %5s", "scenario", "app ms",
                "raw SQL ms", "ratio", "goal", "met");
        System.out.println(header);
        List<String> csv = new ArrayList<>(List.of("scenario,app_ms,raw_sql_ms,ratio,goal,met"));
        for (Scenario s : scenarios) {
            WebSession session = new WebSession(baseUrl, s.user(), s.user());
            double app = Measure.adaptiveMedian(() -> page(session, s));
            double raw = Measure.adaptiveMedian(() -> {
                for (Sql statement : s.statements()) {
                    try {
                        Measure.read(connection, statement.sql(), statement.params());
                    } catch (SQLException e) {
                        throw new SQLException(e.getMessage() + " in: " + statement.sql(), e);
                    }
                }
            });
            double ratio = app / raw;
            boolean met = s.dashboard() ? app < DASHBOARD_GOAL_MS : ratio <= REPORT_GOAL;
            String goal = s.dashboard() ? "< 1000 ms" : "<= 1.5";
            System.out.printf(Locale.ROOT, "%-36s %10.1f %10.1f %7.2f %10s %5s%n", s.name(), app, raw, ratio, goal,
                    met ? "yes" : "NO");
            csv.add(String.format(Locale.ROOT, "\"%s\",%.1f,%.1f,%.2f,%s,%s", s.name(), app, raw, ratio, goal,
                    met ? "yes" : "no"));
        }
        write(csv, database);
    }

    /** What the browser asks for the scenario's page; fails when the page shows an error instead of the report. */
    private static void page(WebSession session, Scenario s) throws Exception {
        String html = session.get(s.path());
        if (html.contains("ui-messages-error") && html.contains("ui-messages-error-summary")) {
            throw new IllegalStateException(s.path() + " shows an error");
        }
        if (s.dashboard()) {
            String response = session.ajax("index.xhtml", Map.of("jakarta.faces.source", "df:loadFigures",
                    "jakarta.faces.partial.execute", "df:loadFigures", "jakarta.faces.partial.render", "df:figures",
                    "df:loadFigures", "df:loadFigures", "df", "df"), WebSession.viewState(html));
            if (!response.contains("df:figures")) {
                throw new IllegalStateException("the key figures did not load: " + response);
            }
        }
    }

    private static void write(List<String> csv, String database) throws IOException {
        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Path file = dir.resolve("reports-" + database.split(" ")[0].toLowerCase(Locale.ROOT) + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".csv");
        Files.write(file, csv);
        System.out.println("written: " + file.toAbsolutePath());
    }

    /**
     * The statements the application sends for each page, as EclipseLink wrote them (PostgreSQL's statement log with
     * {@code log_min_duration_statement = 0}); the same text runs on H2. Only the report's own figures: the per-request
     * housekeeping (the session's security stamp, the user and roles, the dictionaries) is the application's cost.
     */
    private static final class ReportSql {

        private static final String COUNTING = "STATUS IN (?,?)";
        private final LocalDate today;
        private final long managerId;

        ReportSql(LocalDate today, long managerId) {
            this.today = today;
            this.managerId = managerId;
        }

        /** The ranked customers (first 1,000) and the total over all of them. */
        List<Sql> contribution(LocalDate from, LocalDate to) {
            return List.of(new Sql("SELECT t0.ID AS a1, t0.CUSTOMER_NO AS a2, t0.NAME AS a3, t3.DISPLAY_NAME AS a4, "
                    + "t0.REGION AS a5, t0.CUSTOMER_LEVEL AS a6, SUM((t2.QUANTITY * t2.UNIT_PRICE)) FROM SEC_USER t3, "
                    + "SALES_ORDER_LINE t2, SALES_ORDER t1, CST_CUSTOMER t0 WHERE ((((t1." + COUNTING + ") AND "
                    + "(t1.ORDER_DATE >= ?)) AND (t1.ORDER_DATE <= ?)) AND (((t1.ID = t2.ORDER_ID) AND "
                    + "(t0.ID = t1.CUSTOMER_ID)) AND (t3.ID = t0.MANAGER_ID))) GROUP BY t0.ID, t0.CUSTOMER_NO, t0.NAME, "
                    + "t3.DISPLAY_NAME, t0.REGION, t0.CUSTOMER_LEVEL ORDER BY SUM((t2.QUANTITY * t2.UNIT_PRICE)) DESC, "
                    + "t0.CUSTOMER_NO LIMIT ? OFFSET ?", "SHIPPED", "PAID", from, to, 1000, 0),
                    new Sql("SELECT SUM((t0.QUANTITY * t0.UNIT_PRICE)), COUNT(DISTINCT(t1.ID)) FROM SEC_USER t3, "
                            + "SALES_ORDER t2, CST_CUSTOMER t1, SALES_ORDER_LINE t0 WHERE ((((t2." + COUNTING + ") AND "
                            + "(t2.ORDER_DATE >= ?)) AND (t2.ORDER_DATE <= ?)) AND (((t2.ID = t0.ORDER_ID) AND "
                            + "(t1.ID = t2.CUSTOMER_ID)) AND (t3.ID = t1.MANAGER_ID)))", "SHIPPED", "PAID", from, to));
        }

        /** Current customers per value of one dimension, or of two. */
        List<Sql> composition(String by, String then) {
            String first = column(by);
            String keys = then == null ? first : first + ", " + column(then);
            return List.of(new Sql("SELECT " + keys + ", COUNT(t0.ID) FROM CST_CUSTOMER t0, SEC_USER t1 WHERE "
                    + "((t0.STATUS = ?) AND (t1.ID = t0.MANAGER_ID)) GROUP BY " + keys, "NORMAL"));
        }

        private static String column(String dimension) {
            return switch (dimension) {
                case "LEVEL" -> "t0.CUSTOMER_LEVEL";
                case "REGION" -> "t0.REGION";
                case "MANAGER" -> "t1.ID";
                default -> throw new IllegalArgumentException(dimension);
            };
        }

        /** Requests per month and type, feedback by satisfaction, the figures per type. */
        List<Sql> service(LocalDate from, LocalDate to) {
            LocalDateTime start = from.atStartOfDay();
            LocalDateTime end = to.plusDays(1).atStartOfDay();
            String span = "(r.ARCHIVED_AT - r.REQUESTED_AT)";
            return List.of(new Sql("SELECT EXTRACT(YEAR FROM r.REQUESTED_AT), EXTRACT(MONTH FROM r.REQUESTED_AT), "
                    + "r.SERVICE_TYPE, COUNT(*) FROM SUP_REQUEST r WHERE r.REQUESTED_AT >= ? AND r.REQUESTED_AT < ? "
                    + "GROUP BY EXTRACT(YEAR FROM r.REQUESTED_AT), EXTRACT(MONTH FROM r.REQUESTED_AT), r.SERVICE_TYPE",
                    start, end),
                    new Sql("SELECT t0.SATISFACTION, COUNT(t0.ID) FROM SEC_USER t3, CST_CUSTOMER t2, SUP_REQUEST t1, "
                            + "SUP_STEP t0 WHERE ((((t0.ACTION_TYPE = ?) AND (t0.ACTED_AT >= ?)) AND (t0.ACTED_AT < ?)) "
                            + "AND (((t1.ID = t0.REQUEST_ID) AND (t2.ID = t1.CUSTOMER_ID)) AND (t3.ID = t2.MANAGER_ID))) "
                            + "GROUP BY t0.SATISFACTION", "FEEDBACK", start, end),
                    new Sql("SELECT r.SERVICE_TYPE, COUNT(*), SUM(CASE WHEN r.STATUS = 'ARCHIVED' THEN 1 ELSE 0 END), "
                            + "AVG(r.SATISFACTION * 1.0), AVG(EXTRACT(DAY FROM " + span + ") * 1440 + EXTRACT(HOUR FROM "
                            + span + ") * 60 + EXTRACT(MINUTE FROM " + span + ")) FROM SUP_REQUEST r JOIN CST_CUSTOMER c "
                            + "ON c.ID = r.CUSTOMER_ID JOIN SEC_USER m ON m.ID = c.MANAGER_ID LEFT JOIN SEC_USER a ON "
                            + "a.ID = r.ASSIGNEE_ID WHERE r.REQUESTED_AT >= ? AND r.REQUESTED_AT < ? GROUP BY "
                            + "r.SERVICE_TYPE", start, end));
        }

        /** The lost customers (first 1,000, with last order and lost revenue), lost and won back per month. */
        List<Sql> churn(LocalDate from, LocalDate to) {
            String day = "EXTRACT(MONTH FROM %1$s) * 100 + EXTRACT(DAY FROM %1$s)";
            String join = " FROM CHN_WARNING w JOIN CST_CUSTOMER c ON c.ID = w.CUSTOMER_ID JOIN SEC_USER u ON "
                    + "u.ID = c.MANAGER_ID WHERE w.WARNING_STATUS = ? AND ";
            return List.of(new Sql("SELECT w.ID, c.ID, c.CUSTOMER_NO, c.NAME, u.DISPLAY_NAME, (SELECT MAX(o.ORDER_DATE) "
                    + "FROM SALES_ORDER o WHERE o.CUSTOMER_ID = c.ID AND o.STATUS IN ('PAID', 'SHIPPED')), w.LOST_DATE, "
                    + "w.LOST_REASON, (SELECT SUM(l.QUANTITY * l.UNIT_PRICE) FROM SALES_ORDER_LINE l JOIN SALES_ORDER lo "
                    + "ON lo.ID = l.ORDER_ID WHERE lo.CUSTOMER_ID = c.ID AND lo.STATUS IN ('PAID', 'SHIPPED') AND "
                    + "lo.ORDER_DATE <= w.LOST_DATE AND ((EXTRACT(YEAR FROM lo.ORDER_DATE)) * 10000 + "
                    + String.format(day, "lo.ORDER_DATE") + ") > ((EXTRACT(YEAR FROM w.LOST_DATE) - 1) * 10000 + "
                    + String.format(day, "w.LOST_DATE") + "))" + join + "w.LOST_DATE >= ? AND w.LOST_DATE < ? "
                    + "ORDER BY w.LOST_DATE DESC, c.CUSTOMER_NO FETCH FIRST 1000 ROWS ONLY", "LOST", from,
                    to.plusDays(1)),
                    new Sql("SELECT SUM((SELECT SUM(l.QUANTITY * l.UNIT_PRICE) FROM SALES_ORDER_LINE l JOIN SALES_ORDER "
                            + "lo ON lo.ID = l.ORDER_ID WHERE lo.CUSTOMER_ID = c.ID AND lo.STATUS IN ('PAID', 'SHIPPED') "
                            + "AND lo.ORDER_DATE <= w.LOST_DATE AND ((EXTRACT(YEAR FROM lo.ORDER_DATE)) * 10000 + "
                            + String.format(day, "lo.ORDER_DATE") + ") > ((EXTRACT(YEAR FROM w.LOST_DATE) - 1) * 10000 + "
                            + String.format(day, "w.LOST_DATE") + ")))" + join + "w.LOST_DATE >= ? AND w.LOST_DATE < ?",
                            "LOST", from, to.plusDays(1)),
                    new Sql("SELECT EXTRACT(YEAR FROM w.LOST_DATE), EXTRACT(MONTH FROM w.LOST_DATE), COUNT(*)" + join
                            + "w.LOST_DATE >= ? AND w.LOST_DATE < ? GROUP BY EXTRACT(YEAR FROM w.LOST_DATE), "
                            + "EXTRACT(MONTH FROM w.LOST_DATE)", "LOST", from, to.plusDays(1)),
                    new Sql("SELECT EXTRACT(YEAR FROM w.CLOSED_AT), EXTRACT(MONTH FROM w.CLOSED_AT), COUNT(*)" + join
                            + "w.CLOSED_AT >= ? AND w.CLOSED_AT < ? GROUP BY EXTRACT(YEAR FROM w.CLOSED_AT), "
                            + "EXTRACT(MONTH FROM w.CLOSED_AT)", "WON_BACK", from.atStartOfDay(),
                            to.plusDays(1).atStartOfDay()));
        }

        /** The home page: what waits (for a manager, or the open churn warnings of all), then the key figures. */
        List<Sql> dashboard(boolean manager) {
            List<Sql> sql = new ArrayList<>();
            String mine = manager ? " AND (MANAGER_ID = ?)" : "";
            if (manager) {
                String requests = "SELECT COUNT(t0.ID) FROM SUP_REQUEST t0 LEFT OUTER JOIN SEC_USER t3 ON "
                        + "(t3.ID = t0.ASSIGNEE_ID), SEC_USER t2, CST_CUSTOMER t1 WHERE (((t0.STATUS = ?) AND ";
                sql.add(new Sql(requests + "(t3.USERNAME = ?)) AND ((t1.ID = t0.CUSTOMER_ID) AND (t2.ID = "
                        + "t0.CREATOR_ID)))", "ASSIGNED", "manager"));
                sql.add(new Sql(requests + "(t2.USERNAME = ?)) AND ((t2.ID = t0.CREATOR_ID) AND (t1.ID = "
                        + "t0.CUSTOMER_ID)))", "HANDLED", "manager"));
                String plans = "SELECT COUNT(t0.ID) FROM MKT_OPPORTUNITY t0, SEC_USER t1 WHERE ((((t0.STATUS = ?) AND "
                        + "(t1.USERNAME = ?)) AND EXISTS (SELECT ? FROM MKT_PLAN_ITEM t2 WHERE %s((t2.OPPORTUNITY_ID = "
                        + "t0.ID) AND (t2.EXECUTED_AT IS NULL)) AND %s))) AND (t1.ID = t0.ASSIGNEE_ID))";
                sql.add(new Sql(String.format(plans, "(", "(t2.PLAN_DATE < ?)"), "ASSIGNED", "manager", "1", today));
                sql.add(new Sql(String.format(plans, "((", "(t2.PLAN_DATE >= ?)) AND (t2.PLAN_DATE < ?)"), "ASSIGNED",
                        "manager", "1", today, today.plusDays(7)));
                sql.add(new Sql("SELECT COUNT(t0.ID) FROM CHN_WARNING t0, SEC_USER t2, CST_CUSTOMER t1 WHERE "
                        + "(((t2.USERNAME = ?) AND (t0.WARNING_STATUS IN (?,?))) AND ((t1.ID = t0.CUSTOMER_ID) AND "
                        + "(t2.ID = t1.MANAGER_ID)))", "manager", "WARNING", "DEFERRING"));
            } else {
                sql.add(new Sql("SELECT COUNT(t0.ID) FROM CHN_WARNING t0, SEC_USER t2, CST_CUSTOMER t1 WHERE "
                        + "((t0.WARNING_STATUS IN (?,?)) AND ((t1.ID = t0.CUSTOMER_ID) AND (t2.ID = t1.MANAGER_ID)))",
                        "WARNING", "DEFERRING"));
            }
            int thisMonth = today.getYear() * 100 + today.getMonthValue();
            LocalDate yearAgo = today.withDayOfMonth(1).minusMonths(11);
            Object[] months = manager ? new Object[] {yearAgo.getYear() * 100 + yearAgo.getMonthValue(), thisMonth,
                managerId} : new Object[] {yearAgo.getYear() * 100 + yearAgo.getMonthValue(), thisMonth};
            sql.add(new Sql("SELECT REVENUE_MONTH, SUM(AMOUNT), SUM(ORDER_COUNT) FROM DSH_REVENUE_MONTH WHERE "
                    + "REVENUE_MONTH >= ? AND REVENUE_MONTH <= ?" + (manager ? " AND MANAGER_ID = ?" : "")
                    + " GROUP BY REVENUE_MONTH", months));
            sql.add(new Sql("SELECT AS_OF, REFRESHED_AT FROM DSH_SUMMARY_STATE WHERE ID = 1"));
            sql.add(manager ? new Sql("SELECT r.CUSTOMER_ID, c.CUSTOMER_NO, c.NAME, r.AMOUNT FROM DSH_CUSTOMER_REVENUE r "
                    + "JOIN CST_CUSTOMER c ON c.ID = r.CUSTOMER_ID WHERE r.MANAGER_ID = ? ORDER BY r.AMOUNT DESC, "
                    + "r.CUSTOMER_ID DESC FETCH FIRST 10 ROWS ONLY", managerId)
                    : new Sql("SELECT r.CUSTOMER_ID, c.CUSTOMER_NO, c.NAME, r.AMOUNT FROM DSH_CUSTOMER_REVENUE r JOIN "
                    + "CST_CUSTOMER c ON c.ID = r.CUSTOMER_ID ORDER BY r.AMOUNT DESC, r.CUSTOMER_ID DESC FETCH FIRST "
                    + "10 ROWS ONLY"));
            LocalDate month = today.withDayOfMonth(1);
            for (LocalDate[] range : new LocalDate[][] {{month, today.plusDays(1)}, {month.minusMonths(1), month}}) {
                sql.add(new Sql("SELECT COUNT(ID) FROM CST_CUSTOMER WHERE (((CREATED_AT >= ?) AND (CREATED_AT < ?))"
                        + mine + ")", with(manager, range[0].atStartOfDay(), range[1].atStartOfDay())));
            }
            sql.add(manager ? new Sql("SELECT t0.STATUS, COUNT(t0.ID), SUM(t0.PROBABILITY) FROM MKT_OPPORTUNITY t0 "
                    + "LEFT OUTER JOIN SEC_USER t1 ON (t1.ID = t0.ASSIGNEE_ID) WHERE ((t0.STATUS IN (?,?)) AND "
                    + "((t1.ID = ?) OR (t0.CREATOR_ID = ?))) GROUP BY t0.STATUS", "UNASSIGNED", "ASSIGNED", managerId,
                    managerId)
                    : new Sql("SELECT t0.STATUS, COUNT(t0.ID), SUM(t0.PROBABILITY) FROM MKT_OPPORTUNITY t0 LEFT OUTER "
                    + "JOIN SEC_USER t1 ON (t1.ID = t0.ASSIGNEE_ID) WHERE (t0.STATUS IN (?,?)) GROUP BY t0.STATUS",
                    "UNASSIGNED", "ASSIGNED"));
            LocalDateTime since = today.plusDays(1).minusMonths(12).atStartOfDay();
            LocalDate quarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            if (manager) {
                String of = " FROM SUP_REQUEST t0, CST_CUSTOMER t1 WHERE ";
                sql.add(new Sql("SELECT t0.STATUS, COUNT(t0.ID)" + of + "(((t0.STATUS IN (?,?,?)) AND (t1.MANAGER_ID = "
                        + "?)) AND (t1.ID = t0.CUSTOMER_ID)) GROUP BY t0.STATUS", "CREATED", "ASSIGNED", "HANDLED",
                        managerId));
                sql.add(new Sql("SELECT COUNT(t0.ID)" + of + "((((t0.STATUS = ?) AND (t0.REQUESTED_AT >= ?)) AND "
                        + "(t1.MANAGER_ID = ?)) AND (t1.ID = t0.CUSTOMER_ID))", "ARCHIVED", since, managerId));
                String churn = "SELECT COUNT(t0.ID) FROM CHN_WARNING t0, CST_CUSTOMER t1 WHERE (((((t0.WARNING_STATUS "
                        + "= ?) AND (t0.%1$s >= ?)) AND (t0.%1$s < ?)) AND (t1.MANAGER_ID = ?)) AND (t1.ID = "
                        + "t0.CUSTOMER_ID))";
                sql.add(new Sql(String.format(churn, "LOST_DATE"), "LOST", quarter, quarter.plusMonths(3), managerId));
                sql.add(new Sql(String.format(churn, "CLOSED_AT"), "WON_BACK", quarter.atStartOfDay(),
                        quarter.plusMonths(3).atStartOfDay(), managerId));
            } else {
                sql.add(new Sql("SELECT STATUS, COUNT(ID) FROM SUP_REQUEST WHERE (STATUS IN (?,?,?)) GROUP BY STATUS",
                        "CREATED", "ASSIGNED", "HANDLED"));
                sql.add(new Sql("SELECT COUNT(ID) FROM SUP_REQUEST WHERE ((STATUS = ?) AND (REQUESTED_AT >= ?))",
                        "ARCHIVED", since));
                String churn = "SELECT COUNT(ID) FROM CHN_WARNING WHERE (((WARNING_STATUS = ?) AND (%1$s >= ?)) AND "
                        + "(%1$s < ?))";
                sql.add(new Sql(String.format(churn, "LOST_DATE"), "LOST", quarter, quarter.plusMonths(3)));
                sql.add(new Sql(String.format(churn, "CLOSED_AT"), "WON_BACK", quarter.atStartOfDay(),
                        quarter.plusMonths(3).atStartOfDay()));
            }
            return sql;
        }

        private Object[] with(boolean manager, Object... params) {
            if (!manager) {
                return params;
            }
            Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
            all[params.length] = managerId;
            return all;
        }
    }
}
