package id.slrt.caseengine.dashboard;

import id.slrt.caseengine.system.Csv;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard as CSV. Figures in long form: {@code bagian} is total, layanan, unit, petugas or minggu; dot
 * decimals. The breached list one case per line with its links.
 */
public final class DashboardCsv {

    private DashboardCsv() {
    }

    public static String figures(DashboardFigures f) {
        Csv csv = new Csv().row("bagian", "kode", "nama", "kasus_terbuka", "berisiko", "lewat_tenggat",
                "selesai", "selesai_tepat_waktu", "persen_tepat_waktu", "median_jam_selesai");
        row(csv, "total", f.total());
        rows(csv, "layanan", f.byService());
        rows(csv, "unit", f.byUnit());
        rows(csv, "petugas", f.byCaseworker());
        for (DashboardFigures.Week w : f.weekly()) {
            csv.row("minggu", w.week(), w.start() + " s.d. " + w.start().plusDays(6), "", "", "", w.closed(),
                    w.closedOnTime(), plain(w.onTimePercent()), "");
        }
        return csv.toString();
    }

    public static String breached(List<BreachedCase> cases) {
        Csv csv = new Csv().row("nomor_registrasi", "layanan", "unit", "status", "tahap", "petugas", "tenggat",
                "jam_terlambat", "tautan_tasklist", "tautan_cockpit");
        for (BreachedCase b : cases) {
            csv.row(b.registrationNumber(), b.serviceName(), b.unitCode() + " " + b.unitName(), b.statusLabel(),
                    b.step(), b.assignee(), b.dueAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), b.hoursOverdue(),
                    b.tasklistUrl(), b.cockpitUrl());
        }
        return csv.toString();
    }

    public static String figuresFileName(DashboardFigures f) {
        return "dasbor-" + (f.unitCode() == null ? "semua-unit" : f.unitCode())
                + (f.serviceType() == null ? "" : "-" + f.serviceType().toLowerCase()) + "-" + f.generatedAt().toLocalDate() + ".csv";
    }

    static ResponseEntity<byte[]> response(String fileName, String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void rows(Csv csv, String part, List<DashboardFigures.Row> rows) {
        rows.forEach(r -> row(csv, part, r));
    }

    private static void row(Csv csv, String part, DashboardFigures.Row r) {
        csv.row(part, r.code(), r.name(), r.open(), r.atRisk(), r.breached(), r.closed(), r.closedOnTime(),
                plain(r.onTimePercent()), plain(r.medianHoursToClose()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
