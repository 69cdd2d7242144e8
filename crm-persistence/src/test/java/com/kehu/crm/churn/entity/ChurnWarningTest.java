package com.kehu.crm.churn.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.CustomerStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The warning's workflow on a fixed clock: defer (any number of times) → confirm lost, or won back; both final. */
class ChurnWarningTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private final LocalDateTime now = LocalDateTime.now(clock);
    private final Customer customer = new Customer();
    private final ChurnWarning warning = new ChurnWarning(customer, LocalDate.parse("2026-03-02"));

    @Test
    void aNewWarningIsOpenAndCannotBeConfirmedBeforeADeferral() {
        assertEquals(ChurnStatus.WARNING, warning.getStatus());
        assertTrue(warning.mayDefer());
        assertFalse(warning.mayConfirm());
        assertThrows(IllegalStateException.class, () -> warning.confirmLost("倒闭", now.toLocalDate(), now));
        assertEquals(CustomerStatus.NORMAL, customer.getStatus());
    }

    @Test
    void deferThenConfirmMakesTheCustomerLostAndClosesTheWarning() {
        warning.deferred();
        warning.deferred();
        assertEquals(ChurnStatus.DEFERRING, warning.getStatus());
        assertTrue(warning.mayConfirm());
        warning.confirmLost("客户已转向竞争对手", now.toLocalDate(), now);
        assertEquals(ChurnStatus.LOST, warning.getStatus());
        assertEquals(LocalDate.parse("2026-11-23"), warning.getLostDate());
        assertEquals(now, warning.getClosedAt());
        assertNull(warning.getOpenCustomerId(), "a closed warning frees the customer's open slot");
        assertEquals(CustomerStatus.LOST, customer.getStatus());
        assertFalse(warning.mayDefer());
        assertThrows(IllegalStateException.class, warning::deferred);
        assertThrows(IllegalStateException.class, () -> warning.wonBack(now));
    }

    @Test
    void wonBackClosesAnOpenWarningAndLeavesTheCustomerNormal() {
        warning.deferred();
        warning.wonBack(now);
        assertEquals(ChurnStatus.WON_BACK, warning.getStatus());
        assertNull(warning.getOpenCustomerId());
        assertEquals(CustomerStatus.NORMAL, customer.getStatus());
        assertThrows(IllegalStateException.class, () -> warning.confirmLost("x", now.toLocalDate(), now));
    }
}
