package id.slrt.caseengine.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.system.Problems;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * {@code POST /api/cases} with an {@code Idempotency-Key} header: the key (per user) is claimed in the intake
 * transaction, so a repeat (also a concurrent one, which waits for the first) gets the first answer back
 * instead of a second case. The same key with a different body is refused (422). A refused first attempt
 * (400) leaves no claim, so the corrected request can reuse the key.
 */
@Service
public class IdempotentIntake {

    public record Outcome(IntakeResult result, boolean replayed) {
    }

    private final IntakeService intake;
    private final CaseFileRepository cases;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final OfficeClock clock;

    public IdempotentIntake(IntakeService intake, CaseFileRepository cases, JdbcClient jdbc, ObjectMapper json,
                            OfficeClock clock) {
        this.intake = intake;
        this.cases = cases;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Outcome open(CaseIntakeRequest request, String user, String key) {
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException("Idempotency-Key", "INVALID_KEY",
                    "Idempotency-Key harus 1-200 karakter ASCII yang terlihat (tanpa spasi), misalnya sebuah UUID");
        }
        String hash = hash(request);
        boolean claimed = jdbc.sql("""
                        insert into slrt.intake_idempotency (created_by, idempotency_key, request_hash, created_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(user, key, hash, clock.now()).update() == 1;
        if (claimed) {
            IntakeResult result = intake.open(request, user);
            long caseId = cases.findByRegistrationNumber(result.registrationNumber()).orElseThrow().id();
            jdbc.sql("""
                            update slrt.intake_idempotency set case_id = ?, response = cast(? as jsonb)
                             where created_by = ? and idempotency_key = ?""")
                    .params(caseId, write(result), user, key).update();
            return new Outcome(result, false);
        }
        var earlier = jdbc.sql("""
                        select request_hash, response from slrt.intake_idempotency
                         where created_by = ? and idempotency_key = ?""")
                .params(user, key).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        if (!earlier[0].equals(hash)) {
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, Problems.of(
                    HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key sudah dipakai",
                    "Idempotency-Key ini sudah dipakai untuk permintaan dengan isi berbeda; gunakan kunci baru"), null);
        }
        return new Outcome(read(earlier[1]), true);
    }

    private String hash(CaseIntakeRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the intake request", e);
        }
    }

    private String write(IntakeResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the intake answer", e);
        }
    }

    private IntakeResult read(String stored) {
        try {
            return json.readValue(stored, IntakeResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored intake answer is unreadable", e);
        }
    }
}
