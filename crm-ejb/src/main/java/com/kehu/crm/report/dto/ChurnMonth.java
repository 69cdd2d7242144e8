package com.kehu.crm.report.dto;

import java.io.Serializable;

/** Per month ({@code 2026-03}): customers confirmed lost and customers won back (warnings closed as won back). */
public record ChurnMonth(String month, long lost, long wonBack) implements Serializable {
}
