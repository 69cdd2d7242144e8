package com.kehu.crm.security.dto;

import com.kehu.crm.security.entity.AccountStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** One line of the user list. */
public record UserRow(long id, String username, String displayName, String email, AccountStatus status,
                      LocalDateTime lockedUntil, LocalDateTime lastLoginAt, List<RoleLabel> roles)
        implements Serializable {

    public UserRow(long id, String username, String displayName, String email, AccountStatus status,
                   LocalDateTime lockedUntil, LocalDateTime lastLoginAt) {
        this(id, username, displayName, email, status, lockedUntil, lastLoginAt, List.of());
    }

    public UserRow withRoles(List<RoleLabel> labels) {
        return new UserRow(id, username, displayName, email, status, lockedUntil, lastLoginAt, List.copyOf(labels));
    }

    public boolean isLocked() {
        return lockedUntil != null && lockedUntil.isAfter(LocalDateTime.now());
    }
}
