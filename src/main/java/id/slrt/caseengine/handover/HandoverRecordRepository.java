package id.slrt.caseengine.handover;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Handover records (berita acara serah terima) of a case, {@code slrt.handover_record}. */
@Repository
public class HandoverRecordRepository {

    public record HandoverRecord(long id, long caseId, String recordNumber, LocalDate handoverDate, String receiverName,
                                 String receiverRelationship, String witnesses, String location, String note,
                                 OffsetDateTime recordedAt, String recordedBy) {
    }

    private final JdbcClient jdbc;

    public HandoverRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean numberTaken(String recordNumber) {
        return jdbc.sql("select count(*) from slrt.handover_record where record_number = ?").param(recordNumber)
                .query(Integer.class).single() > 0;
    }

    public long insert(long caseId, String recordNumber, LocalDate handoverDate, String receiverName,
                       String receiverRelationship, String witnesses, String location, String note,
                       OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into slrt.handover_record (case_id, record_number, handover_date, receiver_name,
                                                          receiver_relationship, witnesses, location, note,
                                                          recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, recordNumber, handoverDate, receiverName, receiverRelationship, witnesses, location,
                        note, now, actor)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public List<HandoverRecord> ofCase(long caseId) {
        return jdbc.sql("select * from slrt.handover_record where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new HandoverRecord(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getString("record_number"), rs.getObject("handover_date", LocalDate.class),
                        rs.getString("receiver_name"), rs.getString("receiver_relationship"),
                        rs.getString("witnesses"), rs.getString("location"), rs.getString("note"),
                        rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by")))
                .list();
    }
}
