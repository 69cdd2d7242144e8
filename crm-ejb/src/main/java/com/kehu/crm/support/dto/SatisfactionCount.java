package com.kehu.crm.support.dto;

import java.io.Serializable;

/** How many feedbacks gave this many stars (1-5). */
public record SatisfactionCount(int satisfaction, long count) implements Serializable {
}
