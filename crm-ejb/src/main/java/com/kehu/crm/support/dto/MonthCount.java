package com.kehu.crm.support.dto;

import java.io.Serializable;

/** The number of requests of one type in one month, as the database counted them. */
public record MonthCount(int year, int month, String type, long count) implements Serializable {
}
