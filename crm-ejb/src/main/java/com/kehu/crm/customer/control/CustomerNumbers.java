package com.kehu.crm.customer.control;

import com.kehu.crm.customer.entity.Customer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Customer numbers: {@code KH} + the creation date + the record's id (unique across a cluster without a counter of
 * our own), e.g. {@code KH2026112300001050}.
 */
public final class CustomerNumbers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private CustomerNumbers() {
    }

    /** Numbers a customer just persisted (its id is assigned). */
    public static void assign(Customer customer, Clock clock) {
        customer.assignNumber("KH" + LocalDate.now(clock).format(DATE) + String.format("%08d", customer.getId()));
    }
}
