package com.kehu.crm.report.control;

import com.kehu.crm.report.dto.ContributionRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks the database's per-customer sums (already ordered, largest first) and gives each its share of the total, the
 * cumulative share and its ABC (Pareto) class: A are the customers that make the first 80 % of the total, B the next
 * 15 % (up to 95 %), C the rest. A customer belongs to the class in which its part of the total begins (the share
 * before it), so that the customer crossing 80 % is still A and the largest customer is always A, even when it alone
 * makes more than 80 %. Only arithmetic over the rows the database summed and ordered.
 */
public final class Ranking {

    public static final BigDecimal A_LIMIT = new BigDecimal("0.80");
    public static final BigDecimal B_LIMIT = new BigDecimal("0.95");

    private Ranking() {
    }

    /** The ranked rows; {@code total} is the sum over all customers of the report (the shares' denominator). */
    public static List<ContributionRow> rank(List<ContributionRow.Sum> sums, BigDecimal total) {
        List<ContributionRow> rows = new ArrayList<>(sums.size());
        BigDecimal cumulative = BigDecimal.ZERO;
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < sums.size(); i++) {
            ContributionRow.Sum s = sums.get(i);
            if (previous == null || s.amount().compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = s.amount();
            BigDecimal before = ratio(cumulative, total);
            cumulative = cumulative.add(s.amount());
            rows.add(new ContributionRow(rank, s.customerId(), s.customerNo(), s.customerName(), s.managerName(),
                    s.region(), s.level(), s.amount(), ratio(s.amount(), total), ratio(cumulative, total), abc(before)));
        }
        return rows;
    }

    /** A, B or C for the cumulative share (0..1) of the customers ranked before. */
    public static String abc(BigDecimal shareBefore) {
        if (shareBefore.compareTo(A_LIMIT) < 0) {
            return "A";
        }
        return shareBefore.compareTo(B_LIMIT) < 0 ? "B" : "C";
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO : part.divide(total, 6, RoundingMode.HALF_UP);
    }
}
