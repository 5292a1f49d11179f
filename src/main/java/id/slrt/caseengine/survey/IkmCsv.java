package id.slrt.caseengine.survey;

import id.slrt.caseengine.system.Csv;
import java.math.BigDecimal;
import java.util.List;

/**
 * The report as CSV (RFC 4180, comma-separated, dot decimals, UTF-8 with a byte order mark so spreadsheet
 * programs read Indonesian text correctly). One table in long form: {@code bagian} is the section (laporan,
 * unsur, hasil, profil_*, saran); {@code tambahan} is the weighted NRR for elements and the percentage for
 * profile rows.
 */
public final class IkmCsv {

    private static final String BOM = "\uFEFF";

    private IkmCsv() {
    }

    public static String render(IkmReport r) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, "bagian", "kode", "uraian", "nilai", "tambahan", "mutu");
        row(csv, "laporan", "judul", "Laporan hasil survei kepuasan masyarakat", "", "", "");
        row(csv, "laporan", "unit", "Unit layanan", r.unitCode() == null ? r.unitName() : r.unitCode() + " " + r.unitName(), "", "");
        row(csv, "laporan", "layanan", "Jenis layanan", r.serviceType() == null ? r.serviceName() : r.serviceType() + " " + r.serviceName(), "", "");
        row(csv, "laporan", "periode", r.periodLabel(), r.period(), "", "");
        row(csv, "laporan", "tanggal", "Tanggal layanan", r.firstDay() + " s.d. " + r.lastDay(), "", "");
        for (IkmReport.ElementRow e : r.elements()) {
            row(csv, "unsur", e.code(), e.title(), plain(e.nrr()), plain(e.weightedNrr()), e.band() == null ? "" : e.band().name());
        }
        row(csv, "hasil", "ikm", "Indeks Kepuasan Masyarakat", plain(r.ikm()), "", r.band() == null ? "" : r.band().name());
        row(csv, "hasil", "kinerja", "Kinerja unit pelayanan", r.bandLabel() == null ? "" : r.bandLabel(), "", "");
        row(csv, "hasil", "responden", "Jumlah responden", String.valueOf(r.respondents()), "", "");
        row(csv, "hasil", "dilayani", "Jumlah orang dilayani (kasus selesai)", String.valueOf(r.peopleServed()), "", "");
        row(csv, "hasil", "sampel_minimal", "Sampel minimal (Krejcie-Morgan)", String.valueOf(r.requiredSample()), "", "");
        row(csv, "hasil", "sampel_memenuhi", "Jumlah responden memenuhi sampel minimal", r.sampleSufficient() ? "ya" : "tidak", "", "");
        for (IkmReport.ProfileGroup group : r.profile()) {
            for (IkmReport.ProfileCount count : group.counts()) {
                row(csv, "profil_" + group.question().toLowerCase(), count.code() == null ? "" : count.code(),
                        group.title() + ": " + count.label(), String.valueOf(count.count()), plain(count.percent()), "");
            }
        }
        List<String> suggestions = r.suggestions();
        for (int i = 0; i < suggestions.size(); i++) {
            row(csv, "saran", String.valueOf(i + 1), suggestions.get(i), "", "", "");
        }
        return csv.toString();
    }

    public static String fileName(IkmReport r) {
        return "ikm-" + (r.unitCode() == null ? "semua-unit" : r.unitCode())
                + (r.serviceType() == null ? "" : "-" + r.serviceType().toLowerCase()) + "-" + r.period() + ".csv";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** Quotes when needed, and neutralises text a spreadsheet would run as a formula (CSV injection). */
    static String cell(String value) {
        return Csv.cell(value);
    }
}
