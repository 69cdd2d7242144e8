package com.kehu.crm.security.dto;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** Who the caller is, for the top bar and the home page. */
public record Profile(String username, String displayName, List<RoleLabel> roles, LocalDateTime previousLoginAt)
        implements Serializable {
}
