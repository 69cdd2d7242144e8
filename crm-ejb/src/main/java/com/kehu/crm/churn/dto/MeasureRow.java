package com.kehu.crm.churn.dto;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A recorded deferral measure: its text, who recorded it and when. */
public record MeasureRow(long id, String text, String author, LocalDateTime recordedAt) implements Serializable {
}
