package com.kehu.crm.customer.dto;

import com.kehu.crm.customer.entity.CustomerStatus;
import java.io.Serializable;

/** One line of the customer list. Region and level are dictionary values; the page shows their labels. */
public record CustomerRow(long id, String customerNo, String name, String region, String level, String managerName,
                          String phone, Integer satisfaction, Integer credit, CustomerStatus status)
        implements Serializable {
}
