package id.slrt.caseengine.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Letter rendering time (fill the template, render the PDF/A with its QR code) per letter type, one at a time after
 * a warm-up: p50 and p95 in milliseconds, printed and written to target/bench/letters.json. Runs with
 * {@code mvn -B -Pbench test} (-Dbench.letters=N renders per type, default 40).
 */
class LetterRenderingBenchmark {

    @Test
    void renderEveryLetterType() throws IOException {
        int renders = Integer.getInteger("bench.letters", 40);
        LetterRenderer renderer = new LetterRenderer();
        Map<String, Object> data = LetterTemplatesTest.sample();
        Map<String, Object> results = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> type : new LetterTemplates(null).bundledTemplates().entrySet()) {
            for (int i = 0; i < 5; i++) {
                renderer.pdf(renderer.fill(type.getValue(), data), "warm-up");
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < renders; i++) {
                long start = System.nanoTime();
                byte[] pdf = renderer.pdf(renderer.fill(type.getValue(), data), type.getKey());
                millis.add((System.nanoTime() - start) / 1e6);
                assertThat(pdf).isNotEmpty();
            }
            Collections.sort(millis);
            double p50 = millis.get((int) Math.ceil(0.50 * millis.size()) - 1);
            double p95 = millis.get((int) Math.ceil(0.95 * millis.size()) - 1);
            results.put(type.getKey(), Map.of("renders", renders, "p50Millis", Math.round(p50 * 10) / 10.0,
                    "p95Millis", Math.round(p95 * 10) / 10.0));
            System.out.printf("letter rendering %-28s p50 %6.1f ms  p95 %6.1f ms  (%d renders)%n", type.getKey(), p50,
                    p95, renders);
        }
        Path out = Path.of("target/bench/letters.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(results));
    }
}
