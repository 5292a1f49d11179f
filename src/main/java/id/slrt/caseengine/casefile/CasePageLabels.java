package id.slrt.caseengine.casefile;

import java.util.Map;

/** Indonesian words for the codes the staff case page shows; an unknown code is shown as it is. */
public final class CasePageLabels {

    private static final Map<String, String> CHANNELS = Map.of(
            "WALK_IN", "Datang langsung", "PHONE", "Telepon", "WHATSAPP", "WhatsApp", "SMS", "SMS",
            "WEB", "Web", "PUSKESOS", "Puskesos");

    private static final Map<String, String> OUTCOMES = Map.ofEntries(
            Map.entry("RESOLVED", "Terselesaikan"),
            Map.entry("OUT_OF_SCOPE", "Di luar kewenangan Dinas Sosial"),
            Map.entry("DELIVERED", "Alat bantu diserahkan"),
            Map.entry("NOT_ELIGIBLE", "Tidak memenuhi syarat"),
            Map.entry("REJECTED", "Ditolak"),
            Map.entry("REFERRAL_ACCEPTED", "Rujukan diterima instansi"),
            Map.entry("REFERRAL_REJECTED", "Rujukan ditolak instansi"),
            Map.entry("ACTIVATED", "Kepesertaan BPJS aktif"),
            Map.entry("AGENCY_NO_RESPONSE", "Tidak ada jawaban instansi"));

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("CASE_REGISTERED", "Kasus didaftarkan"),
            Map.entry("PROCESS_STARTED", "Proses layanan dimulai"),
            Map.entry("PROCESS_MIGRATED", "Proses dipindah ke versi baru"),
            Map.entry("TASK_CREATED", "Tahap dimulai"),
            Map.entry("TASK_COMPLETED", "Tahap selesai"),
            Map.entry("STATUS_CHANGED", "Status diubah"),
            Map.entry("CASE_CATEGORIZED", "Kategori ditetapkan"),
            Map.entry("REPORTER_PROTECTED", "Identitas pelapor dirahasiakan"),
            Map.entry("DUPLICATE_FLAGGED", "Kemungkinan kasus ganda"),
            Map.entry("INTAKE_WARNING", "Catatan pendaftaran"),
            Map.entry("AUTOMATIC_VERIFICATION", "Pemeriksaan otomatis"),
            Map.entry("IDENTITY_CORRECTED", "Identitas diperbaiki"),
            Map.entry("APPLICATION_RETURNED", "Permohonan dikembalikan"),
            Map.entry("REFERRAL_SENT", "Dirujuk ke instansi"),
            Map.entry("REFERRED_TO_AGENCY", "Dirujuk ke instansi"),
            Map.entry("REFERRAL_CLOSED", "Rujukan ditutup"),
            Map.entry("AGENCY_ANSWER_RECORDED", "Jawaban instansi dicatat"),
            Map.entry("NOTIFICATION_QUEUED", "Pesan ke warga diantrekan"),
            Map.entry("NOTIFICATION_SKIPPED", "Pesan ke warga tidak dikirim"),
            Map.entry("CITIZEN_MESSAGE", "Pesan dari warga"),
            Map.entry("STATUS_QUERIED", "Warga menanyakan status"),
            Map.entry("SLA_AT_RISK", "Tenggat hampir habis"),
            Map.entry("SLA_BREACHED", "Tenggat terlewati"),
            Map.entry("SURVEY_INVITED", "Undangan survei kepuasan"),
            Map.entry("SURVEY_NOT_INVITED", "Tanpa undangan survei"),
            Map.entry("SURVEY_CODE_PRINTED", "Kode survei dicetak"),
            Map.entry("CASE_CLOSED", "Kasus ditutup"));

    private static final Map<String, String> ROLES = Map.of("SUBJECT", "Penerima layanan", "REPORTER", "Pelapor",
            "FAMILY_CONTACT", "Kontak keluarga");

    public String channel(String code) {
        return label(CHANNELS, code);
    }

    public String outcome(String code) {
        return label(OUTCOMES, code);
    }

    public String event(String code) {
        return label(EVENTS, code);
    }

    public String role(String code) {
        return label(ROLES, code);
    }

    public String sex(String code) {
        return code == null ? "-" : "F".equals(code) ? "Perempuan" : "M".equals(code) ? "Laki-laki" : code;
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? "-" : labels.getOrDefault(code, code);
    }
}
