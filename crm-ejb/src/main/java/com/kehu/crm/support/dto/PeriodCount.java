package com.kehu.crm.support.dto;

import java.io.Serializable;

/** The number of requests of one type in one period ({@code 2026-03}, {@code 2026-Q1} or {@code 2026}). */
public record PeriodCount(String period, String type, long count) implements Serializable {

    public boolean complaint() {
        return com.kehu.crm.support.entity.ServiceRequest.COMPLAINT.equals(type);
    }
}
