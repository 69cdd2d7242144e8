package com.kehu.crm.it.breakin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

/** The client side of {@link BreakInProbe}: reads the database and prepares a victim's records. */
final class Probe {

    private static final String URL = Http.BASE.replaceAll("/crm/$", "/crm-it/breakin-probe");

    private Probe() {
    }

    /** The rows of a SELECT, each a list of its columns' texts. */
    static List<List<String>> rows(String sql) {
        String body = call("sql=" + Http.enc(sql));
        return body.isEmpty() ? List.of() : Arrays.stream(body.split("\n")).map(l -> List.of(l.split("\t", -1))).toList();
    }

    /** The single value of a SELECT. */
    static String value(String sql) {
        List<List<String>> rows = rows(sql);
        assertEquals(1, rows.size(), sql + " -> " + rows);
        return rows.get(0).get(0);
    }

    static long number(String sql) {
        return Long.parseLong(value(sql));
    }

    /** A new user with one role and the password {@link BreakInProbe#PASSWORD}. */
    static String newUser(String role) {
        return call("op=user&role=" + role);
    }

    static long op(String op, String... params) {
        StringBuilder q = new StringBuilder("op=").append(op);
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(Http.enc(params[i + 1]));
        }
        return Long.parseLong(call(q.toString()));
    }

    private static String call(String query) {
        Http.Answer answer = new Http().get(URL + "?" + query);
        assertEquals(200, answer.status(), () -> "probe " + query + ": " + answer.body());
        return answer.body();
    }
}
