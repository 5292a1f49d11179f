package id.slrt.caseengine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.caseengine.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class RegistrationNumberAllocatorTest {

    @Autowired
    RegistrationNumberAllocator allocator;
    @Autowired
    TransactionTemplate tx;

    @Test
    void numbersFollowTheOfficialFormatPerRegencyAndYear() {
        assertThat(next("3201", 2031)).isEqualTo("SLRT-3201-2031-000001");
        assertThat(next("3201", 2031)).isEqualTo("SLRT-3201-2031-000002");
        assertThat(next("3202", 2031)).isEqualTo("SLRT-3202-2031-000001");
        assertThat(next("3201", 2032)).isEqualTo("SLRT-3201-2032-000001");
    }

    @Test
    void aRolledBackIntakeGivesItsNumberBack() {
        assertThat(next("3301", 2031)).isEqualTo("SLRT-3301-2031-000001");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            assertThat(allocator.next("3301", 2031)).isEqualTo("SLRT-3301-2031-000002");
            throw new IllegalStateException("intake failed after the number was drawn");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(next("3301", 2031)).isEqualTo("SLRT-3301-2031-000002");
    }

    @Test
    void concurrentIntakesGetDistinctConsecutiveNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> draws = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                draws.add(() -> next("3401", 2031));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(draws)) {
                numbers.add(f.get());
            }
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                expected.add(RegistrationNumberAllocator.format("3401", 2031, i));
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theAllocatorRefusesToRunOutsideATransaction() {
        assertThatThrownBy(() -> allocator.next("3501", 2031))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    private String next(String regency, int year) {
        return tx.execute(status -> allocator.next(regency, year));
    }
}
