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
            Map.entry("NOT_APPROVED", "Tidak disetujui kepala bidang"),
            Map.entry("REFERRAL_ACCEPTED", "Rujukan diterima instansi"),
            Map.entry("REFERRAL_REJECTED", "Rujukan ditolak instansi"),
            Map.entry("ACTIVATED", "Kepesertaan BPJS aktif"),
            Map.entry("AGENCY_NO_RESPONSE", "Tidak ada jawaban instansi"),
            Map.entry("REUNIFIED", "Kembali ke keluarga"),
            Map.entry("LONG_TERM_CARE", "Dirawat jangka panjang di panti/UPT"),
            Map.entry("HANDED_OVER_TO_ODGJ", "Dialihkan ke layanan ODGJ"),
            Map.entry("CHILD_PROTECTION_REFERRED", "Dirujuk ke perlindungan anak"),
            Map.entry("RETURNED_HOME", "Dipulangkan ke daerah asal"),
            Map.entry("RETURN_HOME_UNSUCCESSFUL", "Pemulangan ke daerah asal tidak berhasil"),
            Map.entry("LEFT_SHELTER", "Meninggalkan rumah singgah"),
            Map.entry("REHABILITATED", "Selesai rehabilitasi"),
            Map.entry("EMPOWERED", "Selesai pemberdayaan"),
            Map.entry("DROPPED_OUT", "Berhenti dari program"),
            Map.entry("DIVERSION_AGREED", "Diversi disepakati"),
            Map.entry("RETURNED_TO_PARENTS", "Dikembalikan kepada orang tua/wali"),
            Map.entry("LPKS_PLACEMENT", "Ditempatkan di LPKS"),
            Map.entry("CHILD_SENTENCED", "Anak dijatuhi pidana"),
            Map.entry("SUCCESSFUL", "Berhasil"),
            Map.entry("UNSUCCESSFUL", "Tidak berhasil"));

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("CASE_REGISTERED", "Kasus didaftarkan"),
            Map.entry("PPKS_CLASSIFIED", "Jenis PPKS ditetapkan"),
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
            Map.entry("CITIZEN_DISSATISFIED", "Warga tidak puas atas jawaban"),
            Map.entry("CASE_REOPENED", "Kasus dibuka kembali"),
            Map.entry("NOTIFICATION_NOT_DELIVERED", "Pesan ke warga tidak sampai"),
            Map.entry("NOTIFICATION_SMS_FALLBACK", "Pesan WhatsApp gagal, dikirim ulang lewat SMS"),
            Map.entry("CITIZEN_MESSAGE", "Pesan dari warga"),
            Map.entry("STATUS_QUERIED", "Warga menanyakan status"),
            Map.entry("SLA_AT_RISK", "Tenggat hampir habis"),
            Map.entry("SLA_BREACHED", "Tenggat terlewati"),
            Map.entry("SURVEY_INVITED", "Undangan survei kepuasan"),
            Map.entry("SURVEY_NOT_INVITED", "Tanpa undangan survei"),
            Map.entry("SURVEY_CODE_PRINTED", "Kode survei dicetak"),
            Map.entry("CASE_CLOSED", "Kasus ditutup"),
            Map.entry("CASEWORKER_ASSIGNED", "Pekerja sosial ditunjuk"),
            Map.entry("CASE_REASSIGNED", "Kasus dialihkan ke pekerja sosial lain"),
            Map.entry("OUTREACH_RECORDED", "Penjangkauan dicatat"),
            Map.entry("IDENTITY_CHECKED", "Identitas diperiksa di Disdukcapil"),
            Map.entry("IDENTITY_RECORDED", "Identitas kependudukan dicatat"),
            Map.entry("FAMILY_CONTACT_RECORDED", "Kontak keluarga dicatat"),
            Map.entry("FAMILY_READINESS_DECIDED", "Kesiapan keluarga dinilai"),
            Map.entry("HANDOVER_RECORDED", "Berita acara serah terima dicatat"),
            Map.entry("MONITORING_VISIT", "Kunjungan pemantauan"),
            Map.entry("INTERVENTION_CHOSEN", "Intervensi dipilih"),
            Map.entry("EMPOWERMENT_STARTED", "Pemberdayaan dimulai"),
            Map.entry("LEFT_SHELTER", "Meninggalkan rumah singgah"),
            Map.entry("LINKED_CASE_OPENED", "Kasus terkait dibuka"),
            Map.entry("OPENED_FROM_LINKED_CASE", "Dibuka dari kasus terkait"),
            Map.entry("SOCIAL_REPORT_RETURNED", "Laporan sosial dikembalikan supervisor"),
            Map.entry("SOCIAL_REPORT_DELIVERED", "Laporan sosial diserahkan kepada penyidik"),
            Map.entry("DIVERSION_OUTCOME", "Hasil diversi"),
            Map.entry("DIVERSION_AGREED", "Diversi disepakati"),
            Map.entry("COURT_VERDICT", "Putusan pengadilan"));

    private static final Map<String, String> LINK_TYPES = Map.of("POSSIBLE_DUPLICATE", "Kemungkinan kasus ganda",
            "HANDED_OVER", "Dialihkan ke layanan lain");

    private static final Map<String, String> RELATIONSHIPS = Map.of("PARENT", "Orang tua", "SPOUSE", "Suami/istri",
            "CHILD", "Anak", "SIBLING", "Saudara kandung", "OTHER_RELATIVE", "Kerabat lain", "GUARDIAN", "Wali");

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

    public String linkType(String code) {
        return label(LINK_TYPES, code);
    }

    public String relationship(String code) {
        return label(RELATIONSHIPS, code);
    }

    public String sex(String code) {
        return code == null ? "-" : "F".equals(code) ? "Perempuan" : "M".equals(code) ? "Laki-laki" : code;
    }

    private static final Map<String, String> MESSAGE_TYPES = Map.of(
            "ACKNOWLEDGEMENT", "Tanda terima", "FIRST_RESPONSE", "Tanggapan awal", "FINAL_ANSWER", "Jawaban akhir",
            "SURVEY_INVITATION", "Undangan survei", "REPLY", "Balasan", "CASE_UPDATE", "Pemberitahuan");
    private static final Map<String, String> OUTBOX_STATUSES = Map.of(
            "PENDING", "Menunggu dikirim", "SENT", "Terkirim ke penyedia", "FAILED", "Gagal dikirim");
    private static final Map<String, String> DELIVERY_STATUSES = Map.of(
            "SENT", "Dikirim", "DELIVERED", "Diterima", "READ", "Dibaca", "FAILED", "Gagal",
            "UNDELIVERABLE", "Tidak dapat diterima");

    public String messageType(String code) {
        return label(MESSAGE_TYPES, code);
    }

    public String outboxStatus(String code) {
        return label(OUTBOX_STATUSES, code);
    }

    public String deliveryStatus(String code) {
        return code == null ? "Belum ada laporan" : label(DELIVERY_STATUSES, code);
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? "-" : labels.getOrDefault(code, code);
    }
}
