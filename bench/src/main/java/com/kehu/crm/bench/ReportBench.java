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
 * {@value Measure#RUNS} after {@value Measure#WARM_UP} warm-ups. Goal: a report at most 1.5 × its SQL; the home page
 * under a second.
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

        long customers = Generator.longs(connection, "SELECT COUNT(*) FROM CST_CUSTOMER").get(0);
        long lines = Generator.longs(connection, "SELECT COUNT(*) FROM SALES_ORDER_LINE").get(0);
        String database = connection.getMetaData().getDatabaseProductName() + " "
                + connection.getMetaData().getDatabaseProductVersion();
        System.out.printf(Locale.ROOT, "Kehu CRM reports and dashboards on %s, %,d customers, %,d order lines; "
                + "median of %d runs after %d warm-ups%n", database, customers, lines, Measure.RUNS, Measure.WARM_UP);
        String header = String.format(Locale.ROOT, "%-36s %10s %10s %7s %10s %5s", "scenario", "app ms",
                "raw SQL ms", "ratio", "goal", "met");
        System.out.println(header);
        List<String> csv = new ArrayList<>(List.of("scenario,app_ms,raw_sql_ms,ratio,goal,met"));
        for (Scenario s : scenarios) {
            WebSession session = new WebSession(baseUrl, s.user(), s.user());
            double app = Measure.median(() -> page(session, s));
            double raw = Measure.median(() -> {
                for (Sql statement : s.statements()) {
                    Measure.read(connection, statement.sql(), statement.params());
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

    /** The statements the application sends for each page (filled from the statement log). */
    private static final class ReportSql {

        private final LocalDate today;
        private final long managerId;

        ReportSql(LocalDate today, long managerId) {
            this.today = today;
            this.managerId = managerId;
        }

        List<Sql> contribution(LocalDate from, LocalDate to) throws SQLException {
            throw new UnsupportedOperationException("to capture");
        }

        List<Sql> composition(String by, String then) {
            throw new UnsupportedOperationException("to capture");
        }

        List<Sql> service(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException("to capture");
        }

        List<Sql> churn(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException("to capture");
        }

        List<Sql> dashboard(boolean manager) {
            throw new UnsupportedOperationException("to capture");
        }
    }
}
