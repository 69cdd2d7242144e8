package com.kehu.crm.customer.dto;

import java.io.Serializable;

/** A customer manager to choose from. */
public record ManagerOption(long id, String username, String displayName) implements Serializable {
}
