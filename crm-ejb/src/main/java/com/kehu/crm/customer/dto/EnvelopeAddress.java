package com.kehu.crm.customer.dto;

import java.io.Serializable;

/** What an envelope (信封) to a customer shows: the recipient's postcode, address and name. */
public record EnvelopeAddress(long customerId, String name, String address, String postcode) implements Serializable {
}
