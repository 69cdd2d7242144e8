package com.kehu.crm.support.dto;

import java.io.Serializable;

/** A request an action is about, with the version the user saw. */
public record RequestRef(long id, long version) implements Serializable {
}
