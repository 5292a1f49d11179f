package id.slrt.caseengine.verification;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks of data the process carries:
 * <ul>
 *   <li>{@code BANK_ACCOUNT}: the account number (variable named by input {@code bankAccountVariable}, default
 *   {@code bankAccountNumber}) has only digits (spaces, dots and dashes are formatting) and the length the
 *   bank uses (DMN {@code bankAccountFormat}, bank code from {@code bankVariable}, default {@code bankName});</li>
 *   <li>{@code DOCUMENTS}: every document of the map input {@code requiredDocuments} (variable name to label)
 *   is marked present (a true checkbox);</li>
 *   <li>{@code REQUIRED_VALUES}: every variable of the map input {@code requiredValues} is filled.</li>
 * </ul>
 */
@Configuration
public class ApplicationDataChecks {

    static final String BANK_DECISION = "bankAccountFormat";

    @Bean
    VerificationCheck bankAccountCheck(DecisionTables decisions) {
        return new VerificationCheck() {
            @Override
            public String code() {
                return "BANK_ACCOUNT";
            }

            @Override
            public List<Finding> check(VerificationContext context) {
                String bank = context.variable(context.input("bankVariable", "bankName"));
                String account = context.variable(context.input("bankAccountVariable", "bankAccountNumber"));
                if (bank == null) {
                    return List.of(new Finding("BANK_MISSING", "bankName", "Bank penyalur belum dipilih"));
                }
                if (account == null) {
                    return List.of(new Finding("BANK_ACCOUNT_MISSING", "bankAccountNumber", "Nomor rekening belum diisi"));
                }
                String digits = account.replaceAll("[\\s.\\-]", "");
                if (!digits.matches("[0-9]+")) {
                    return List.of(new Finding("BANK_ACCOUNT_NOT_DIGITS", "bankAccountNumber",
                            "Nomor rekening hanya boleh berisi angka; yang diisi mengandung huruf atau tanda lain"));
                }
                List<Map<String, Object>> rows = decisions.evaluate(BANK_DECISION, Map.of("bank", bank));
                if (rows.isEmpty()) {
                    return List.of(new Finding("BANK_UNKNOWN", "bankName", "Bank '" + bank + "' tidak dikenal"));
                }
                Map<String, Object> format = rows.get(0);
                int min = ((Number) format.get("minDigits")).intValue();
                int max = ((Number) format.get("maxDigits")).intValue();
                String label = (String) format.get("label");
                String expected = min == max ? min + " digit" : min + "-" + max + " digit";
                if (digits.length() < min) {
                    return List.of(new Finding("BANK_ACCOUNT_TOO_SHORT", "bankAccountNumber", "Nomor rekening " + label
                            + " kurang angka: harus " + expected + ", yang diisi " + digits.length() + " digit"));
                }
                if (digits.length() > max) {
                    return List.of(new Finding("BANK_ACCOUNT_TOO_LONG", "bankAccountNumber", "Nomor rekening " + label
                            + " kelebihan angka: harus " + expected + ", yang diisi " + digits.length() + " digit"));
                }
                return List.of();
            }
        };
    }

    @Bean
    VerificationCheck documentsCheck() {
        return new VerificationCheck() {
            @Override
            public String code() {
                return "DOCUMENTS";
            }

            @Override
            public List<Finding> check(VerificationContext context) {
                List<Finding> findings = new ArrayList<>();
                context.mapInput("requiredDocuments").forEach((variable, label) -> {
                    if (!"true".equalsIgnoreCase(context.variable(variable))) {
                        findings.add(new Finding("DOCUMENT_MISSING", variable, "Dokumen belum dilampirkan: " + label));
                    }
                });
                return findings;
            }
        };
    }

    @Bean
    VerificationCheck requiredValuesCheck() {
        return new VerificationCheck() {
            @Override
            public String code() {
                return "REQUIRED_VALUES";
            }

            @Override
            public List<Finding> check(VerificationContext context) {
                List<Finding> findings = new ArrayList<>();
                context.mapInput("requiredValues").forEach((variable, label) -> {
                    if (context.variable(variable) == null) {
                        findings.add(new Finding("VALUE_MISSING", variable, label + " belum diisi"));
                    }
                });
                return findings;
            }
        };
    }
}
