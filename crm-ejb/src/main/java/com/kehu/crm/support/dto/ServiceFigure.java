package com.kehu.crm.support.dto;

import java.io.Serializable;

/**
 * The requests of one type, status or handler: how many, how many archived, their average satisfaction (of those with
 * feedback) and the average days from creation to archive (of the archived ones); the averages are null where there
 * is nothing to average. {@code key}: the type's dictionary value, the status' name or the handler's id (null: not
 * assigned yet); {@code label}: the handler's name.
 */
public record ServiceFigure(String key, String label, long count, long archived, Double averageSatisfaction,
                            Double averageDays) implements Serializable {
}
