package com.kehu.crm.support.dto;

import java.io.Serializable;

/** A customer to record a request for. */
public record CustomerOption(long id, String customerNo, String name) implements Serializable {
}
