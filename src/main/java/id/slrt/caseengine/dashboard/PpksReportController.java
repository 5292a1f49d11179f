package id.slrt.caseengine.dashboard;

import id.slrt.caseengine.system.Csv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Laporan PPKS bulanan", description = "Cases opened in a month per PPKS type x kecamatan x sex x age "
        + "group, over the caller's regencies (the figures an office sends to the province and Kemensos)")
@PreAuthorize("hasAnyAuthority('supervisor','camunda-admin')")
public class PpksReportController {

    static final String MONTH_DOC = "Month YYYY-MM, e.g. 2026-11; default: the current month";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("no_ppks", "kode_ppks", "jenis_ppks", "kode_kecamatan", "kecamatan",
            "jenis_kelamin", "kelompok_umur", "jumlah_kasus");

    private final PpksReport report;

    public PpksReportController(PpksReport report) {
        this.report = report;
    }

    @GetMapping(value = "/ppks", produces = "application/json")
    @Operation(summary = "Monthly PPKS report")
    public PpksReport.Report json(@Parameter(description = MONTH_DOC) @RequestParam(required = false) String month) {
        return report.of(month);
    }

    @GetMapping(value = "/ppks.csv", produces = "text/csv")
    @Operation(summary = "Monthly PPKS report as CSV", description = "Columns " + "no_ppks, kode_ppks, jenis_ppks, "
            + "kode_kecamatan, kecamatan, jenis_kelamin, kelompok_umur, jumlah_kasus. UTF-8 with a byte order mark.")
    public ResponseEntity<byte[]> csv(@Parameter(description = MONTH_DOC) @RequestParam(required = false) String month) {
        PpksReport.Report figures = report.of(month);
        Csv csv = new Csv();
        csv.row(HEADER.toArray());
        rows(figures).forEach(row -> csv.row(row.toArray()));
        return file(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
                "laporan-ppks-" + figures.month() + ".csv");
    }

    @GetMapping(value = "/ppks.xlsx", produces = XLSX)
    @Operation(summary = "Monthly PPKS report as an Excel workbook (XLSX), same columns as the CSV")
    public ResponseEntity<byte[]> xlsx(@Parameter(description = MONTH_DOC) @RequestParam(required = false) String month) {
        PpksReport.Report figures = report.of(month);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADER));
        rows.addAll(rows(figures));
        return file(SimpleXlsx.workbook("PPKS " + figures.month(), rows), XLSX, "laporan-ppks-" + figures.month() + ".xlsx");
    }

    private static List<List<Object>> rows(PpksReport.Report figures) {
        return figures.rows().stream().map(r -> List.<Object>of(r.ppksNumber(), r.ppksCode(), r.ppksLabel(),
                r.districtCode() == null ? "" : r.districtCode(), r.districtName(), r.sex(), r.ageGroup(),
                r.cases())).toList();
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
