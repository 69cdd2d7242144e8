package com.kehu.crm.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Answers;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The first start of an empty database: a production install gets only {@code admin}, and only with an initial
 * password that meets the password policy; that administrator must change it, the demo users never.
 */
@ExtendWith(MockitoExtension.class)
class InitialUsersTest {

    private static final String STRONG = "Kehu#Start2026";

    @Mock(answer = Answers.RETURNS_DEEP_STUBS)
    private EntityManager em;

    @InjectMocks
    private InitialUsers initialUsers;

    private final List<LogRecord> log = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void emptyDatabase() {
        lenient().when(em.createQuery(anyString(), eq(Long.class)).getSingleResult()).thenReturn(0L);
        Logger.getLogger(InitialUsers.class.getName()).addHandler(capture);
    }

    @AfterEach
    void clearProperties() {
        Logger.getLogger(InitialUsers.class.getName()).removeHandler(capture);
        System.clearProperty(InitialUsers.DEMO_PROPERTY);
        System.clearProperty(InitialUsers.ADMIN_PASSWORD_PROPERTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ab#1234", "Kehu#2026pw", "qwerty123456", "1QAZ2WSX3EDC", "12345678901"})
    void aWeakInitialPasswordCreatesNoUserAndTheLogSaysWhatThePolicyWants(String weak) {
        System.setProperty(InitialUsers.ADMIN_PASSWORD_PROPERTY, weak);
        initialUsers.createIfEmpty();

        verify(em, never()).persist(any());
        LogRecord error = log.stream().filter(r -> r.getLevel() == Level.SEVERE).findFirst()
                .orElseThrow(() -> new AssertionError("no error logged: " + log));
        String message = error.getMessage();
        assertTrue(message.contains(InitialUsers.ADMIN_PASSWORD_PROPERTY), message);
        assertTrue(message.contains("does not meet the password policy"), message);
        assertTrue(message.contains("12 to 128 characters") && message.contains("72 bytes")
                && message.contains("commonly used password"), message);
        assertFalse(message.contains(weak), "the log must never show the password: " + message);
    }

    @Test
    void eachRefusalNamesTheRuleThatFailed() {
        assertTrue(InitialUsers.refusal("Ab#1234").orElseThrow().contains("fewer than 12 characters"));
        assertTrue(InitialUsers.refusal("x".repeat(129)).orElseThrow().contains("more than 128 characters"));
        assertTrue(InitialUsers.refusal("x".repeat(73)).orElseThrow().contains("more than 72 bytes"));
        assertTrue(InitialUsers.refusal("qwertyuiop123").orElseThrow().contains("commonly used password"));
        // The initial password of "admin" is checked against the user name "admin": only "admin" itself, which is
        // too short anyway, would be the same; a password that merely contains it is allowed.
        assertTrue(InitialUsers.refusal("admin").orElseThrow().contains("fewer than 12 characters"));
        assertTrue(InitialUsers.refusal("MyAdmin#2026").isEmpty());
        assertTrue(InitialUsers.refusal(STRONG).isEmpty());
    }

    @Test
    void noInitialPasswordCreatesNoUserAndTheLogSaysWhichPropertyToSet() {
        initialUsers.createIfEmpty();

        verify(em, never()).persist(any());
        assertTrue(log.stream().anyMatch(r -> r.getLevel() == Level.SEVERE
                && r.getMessage().contains("Set the server property " + InitialUsers.ADMIN_PASSWORD_PROPERTY)), log::toString);
    }

    @Test
    void aStrongInitialPasswordCreatesOnlyTheAdministratorWhoMustChangeIt() {
        System.setProperty(InitialUsers.ADMIN_PASSWORD_PROPERTY, STRONG);
        givenRoles();
        initialUsers.createIfEmpty();

        ArgumentCaptor<User> created = ArgumentCaptor.forClass(User.class);
        verify(em).persist(created.capture());
        User admin = created.getValue();
        assertEquals("admin", admin.getUsername());
        assertTrue(admin.hasRole(Role.ADMIN));
        assertTrue(admin.isPasswordChangeRequired(), "the first administrator must change the initial password");
        assertTrue(admin.getPasswordHash().startsWith("$2a$10$"));
        assertFalse(admin.getPasswordHash().contains(STRONG));
        assertTrue(log.stream().noneMatch(r -> r.getLevel() == Level.SEVERE), log::toString);
        assertTrue(log.stream().noneMatch(r -> r.getMessage().contains(STRONG)), "the log must never show the password");
    }

    @Test
    void theDemoUsersAreCreatedWithTheirDocumentedPasswordsAndNeverHaveToChangeThem() {
        System.setProperty(InitialUsers.DEMO_PROPERTY, "true");
        // The demo passwords are the user names: the policy does not apply to them, nor the forced change.
        System.setProperty(InitialUsers.ADMIN_PASSWORD_PROPERTY, STRONG);
        givenRoles();
        initialUsers.createIfEmpty();

        ArgumentCaptor<User> created = ArgumentCaptor.forClass(User.class);
        verify(em, atLeast(1)).persist(created.capture());
        assertEquals(List.of("admin", "exec", "super", "manager", "manager2", "sales"),
                created.getAllValues().stream().map(User::getUsername).toList());
        assertTrue(created.getAllValues().stream().noneMatch(User::isPasswordChangeRequired));
    }

    @Test
    void aDatabaseWithUsersIsLeftAlone() {
        when(em.createQuery(anyString(), eq(Long.class)).getSingleResult()).thenReturn(1L);
        System.setProperty(InitialUsers.ADMIN_PASSWORD_PROPERTY, STRONG);
        initialUsers.createIfEmpty();

        verify(em, never()).persist(any());
        assertTrue(log.isEmpty(), log::toString);
    }

    private void givenRoles() {
        when(em.createNamedQuery(eq(Role.BY_CODE), eq(Role.class)).setParameter(eq("code"), anyString()).getSingleResult())
                .thenAnswer(call -> new Role("admin", "系统管理员", "Administrator"));
    }
}
