package com.kehu.crm.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kehu.crm.report.dto.ContributionRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranks, shares and ABC classes over sums as the database returns them (largest first). */
class RankingTest {

    @Test
    void sharesAddUpAndTheClassesFollowTheCumulativeShareBeforeEachCustomer() {
        // total 1000: 600 (0-60 %), 250 (60-85 %), 100 (85-95 %), 50 (95-100 %)
        List<ContributionRow> rows = Ranking.rank(List.of(sum(1, "600.00"), sum(2, "250.00"), sum(3, "100.00"),
                sum(4, "50.00")), new BigDecimal("1000.00"));
        assertEquals(List.of(1, 2, 3, 4), rows.stream().map(ContributionRow::rank).toList());
        assertEquals(List.of("0.600000", "0.250000", "0.100000", "0.050000"),
                rows.stream().map(r -> r.share().toPlainString()).toList());
        assertEquals(List.of("0.600000", "0.850000", "0.950000", "1.000000"),
                rows.stream().map(r -> r.cumulativeShare().toPlainString()).toList());
        assertEquals(List.of("A", "A", "B", "C"), rows.stream().map(ContributionRow::abc).toList());
    }

    @Test
    void oneCustomerWithMostOfTheTotalIsStillClassA() {
        // 900 (0-90 %), 60 (90-96 %), 40 (96-100 %)
        List<ContributionRow> rows = Ranking.rank(List.of(sum(1, "900.00"), sum(2, "60.00"), sum(3, "40.00")),
                new BigDecimal("1000.00"));
        assertEquals(List.of("A", "B", "C"), rows.stream().map(ContributionRow::abc).toList());
    }

    @Test
    void equalAmountsShareARank() {
        List<ContributionRow> rows = Ranking.rank(List.of(sum(1, "300.00"), sum(2, "300.00"), sum(3, "100.00")),
                new BigDecimal("700.00"));
        assertEquals(List.of(1, 1, 3), rows.stream().map(ContributionRow::rank).toList());
    }

    @Test
    void aZeroTotalGivesZeroSharesInsteadOfADivisionByZero() {
        List<ContributionRow> rows = Ranking.rank(List.of(sum(1, "0.00")), BigDecimal.ZERO);
        assertEquals(0, rows.get(0).share().signum());
    }

    private static ContributionRow.Sum sum(long id, String amount) {
        return new ContributionRow.Sum(id, "KH" + id, "客户" + id, "经理", "EAST", "1", new BigDecimal(amount));
    }
}
