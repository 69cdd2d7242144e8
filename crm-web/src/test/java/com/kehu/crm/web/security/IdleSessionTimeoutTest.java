package com.kehu.crm.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The idle timeout IT configures, and when the page warns before it. */
class IdleSessionTimeoutTest {

    @AfterEach
    void clear() {
        System.clearProperty(IdleSessionTimeout.PROPERTY);
    }

    @Test
    void withoutThePropertySessionsLastThirtyIdleMinutes() {
        assertEquals(30, IdleSessionTimeout.minutes());
    }

    @Test
    void thePropertyIsReadAtEachNewSession() {
        System.setProperty(IdleSessionTimeout.PROPERTY, "15");
        assertEquals(15, IdleSessionTimeout.minutes());
        System.setProperty(IdleSessionTimeout.PROPERTY, " 1 ");
        assertEquals(1, IdleSessionTimeout.minutes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "half an hour", "1.5", ""})
    void aValueThatIsNotAWholeNumberOfMinutesFallsBackToThirty(String value) {
        System.setProperty(IdleSessionTimeout.PROPERTY, value);
        assertEquals(30, IdleSessionTimeout.minutes());
    }

    @Test
    void thePageWarnsTwoMinutesBeforeExpiryOrHalfwayForShortTimeouts() {
        assertEquals(120, IdleWarningBacking.warningSeconds(30 * 60));
        assertEquals(120, IdleWarningBacking.warningSeconds(4 * 60));
        assertEquals(90, IdleWarningBacking.warningSeconds(3 * 60));
        assertEquals(30, IdleWarningBacking.warningSeconds(60));
    }
}
