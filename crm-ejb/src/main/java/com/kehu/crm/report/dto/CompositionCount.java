package com.kehu.crm.report.dto;

import java.io.Serializable;

/**
 * The number of customers with one value of the first dimension and (with a second dimension) one of the second.
 * Values as text: a dictionary value, a number (credit, satisfaction) or a manager's id; null where a customer has
 * none.
 */
public record CompositionCount(String key, String key2, long count) implements Serializable {
}
