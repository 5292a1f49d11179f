package id.slrt.caseengine.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Indonesian national holidays and collective leave days (cuti bersama). The bundled file
 * {@code reference/holidays-id-2025-2027.csv} (source and notice in {@code reference/NOTICE.md}) can be corrected
 * or extended without a rebuild: an office file ({@code slrt.calendar.holidays-file}, same columns) replaces the
 * bundled data for every year it contains. The office file is read again when it changes.
 *
 * <p>A year counts as covered when the data has at least one day in it.
 */
@Component
public class HolidayData {

    public record Holiday(LocalDate date, String kind, String nameId, boolean estimated) {
    }

    static final String BUNDLED = "reference/holidays-id-2025-2027.csv";
    private static final Logger log = LoggerFactory.getLogger(HolidayData.class);

    private final Path officeFile;
    private volatile Map<LocalDate, Holiday> holidays;
    private volatile Set<Integer> years;
    private volatile long officeFileStamp = -1;

    @Autowired
    public HolidayData(SlaProperties properties) {
        this(properties.getCalendar().getHolidaysFile());
    }

    public HolidayData(String officeFile) {
        this.officeFile = officeFile == null || officeFile.isBlank() ? null : Path.of(officeFile);
        load();
    }

    public boolean isHoliday(LocalDate date) {
        refreshIfChanged();
        requireYear(date.getYear());
        return holidays.containsKey(date);
    }

    public void requireYear(int year) {
        if (!years.contains(year)) {
            throw new HolidayDataMissingException(year);
        }
    }

    public Set<Integer> coveredYears() {
        refreshIfChanged();
        return years;
    }

    public Map<LocalDate, Holiday> all() {
        refreshIfChanged();
        return holidays;
    }

    private void refreshIfChanged() {
        if (officeFile != null && stamp() != officeFileStamp) {
            load();
        }
    }

    private synchronized void load() {
        Map<LocalDate, Holiday> merged = new TreeMap<>();
        try (InputStream in = HolidayData.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + BUNDLED);
            }
            read(in, merged);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + BUNDLED, e);
        }
        if (officeFile != null) {
            long stamp = stamp();
            Map<LocalDate, Holiday> office = new TreeMap<>();
            try (InputStream in = Files.newInputStream(officeFile)) {
                read(in, office);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the office holiday file " + officeFile, e);
            }
            Set<Integer> replaced = new TreeSet<>();
            office.keySet().forEach(d -> replaced.add(d.getYear()));
            merged.keySet().removeIf(d -> replaced.contains(d.getYear()));
            merged.putAll(office);
            officeFileStamp = stamp;
            log.info("Holiday data: office file {} replaces years {}", officeFile, replaced);
        }
        Set<Integer> covered = new TreeSet<>();
        merged.keySet().forEach(d -> covered.add(d.getYear()));
        holidays = Collections.unmodifiableMap(merged);
        years = Collections.unmodifiableSet(covered);
    }

    private long stamp() {
        try {
            return Files.getLastModifiedTime(officeFile).toMillis() ^ Files.size(officeFile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the office holiday file " + officeFile, e);
        }
    }

    private static void read(InputStream in, Map<LocalDate, Holiday> into) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.startsWith("date,weekday,kind,name_id")) {
            throw new IllegalStateException("Holiday file must start with the header date,weekday,kind,name_id,name_en,estimated");
        }
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 6) {
                throw new IllegalStateException("Holiday file line " + number + " has " + cells.length + " columns, expected 6");
            }
            LocalDate date = LocalDate.parse(cells[0].strip());
            into.put(date, new Holiday(date, cells[2].strip(), cells[3].strip(), "yes".equalsIgnoreCase(cells[5].strip())));
        }
    }
}
