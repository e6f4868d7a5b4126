package org.shouwang.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void runsHandedStepsInOrderOnTheCallingThread() throws Exception {
        ReadAhead pipeline = new ReadAhead();
        List<String> done = new ArrayList<>();
        Thread caller = Thread.currentThread();
        pipeline.run(() -> {
            for (int i = 0; i < 10; i++) {
                int n = i;
                pipeline.hand(() -> done.add(n + (Thread.currentThread() == caller ? "" : " elsewhere")));
            }
        });
        assertThat(done).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void rethrowsTheReadingFailureAfterTheStepsHandedBeforeIt() {
        ReadAhead pipeline = new ReadAhead();
        List<Integer> done = new ArrayList<>();
        assertThatThrownBy(() -> pipeline.run(() -> {
            pipeline.hand(() -> done.add(1));
            throw new ImportFailure("FILE_EMPTY", "文件中没有表头和数据");
        })).isInstanceOf(ImportFailure.class).hasMessage("文件中没有表头和数据");
        assertThat(done).containsExactly(1);
    }

    @Test
    void aFailingStepStopsTheReadingThread() throws Exception {
        ReadAhead pipeline = new ReadAhead();
        Thread[] reader = new Thread[1];
        assertThatThrownBy(() -> pipeline.run(() -> {
            reader[0] = Thread.currentThread();
            for (int i = 0; ; i++) { // would read forever if the writing side's failure did not stop it
                int n = i;
                pipeline.hand(() -> {
                    if (n == 3) {
                        throw new IllegalStateException("database down");
                    }
                });
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        reader[0].join(5000);
        assertThat(reader[0].isAlive()).isFalse();
    }
}
