package id.slrt.caseengine.identity;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The region reference table, held in memory (about 7,800 rows) after the first lookup.
 * Source: Kepmendagri No 300.2.2-2138 Tahun 2025, see {@code reference/NOTICE.md}.
 */
@Component
public class RegionDirectory {

    private final JdbcClient jdbc;
    private volatile Map<String, Region> byCode;

    public RegionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(regions().get(code));
    }

    public boolean isProvince(String code) {
        return find(code).filter(r -> r.level() == 1).isPresent();
    }

    public boolean isRegency(String code) {
        return find(code).filter(r -> r.level() == 2).isPresent();
    }

    public boolean isDistrict(String code) {
        return find(code).filter(r -> r.level() == 3).isPresent();
    }

    public String nameOf(String code) {
        return find(code).map(Region::name).orElse(null);
    }

    private Map<String, Region> regions() {
        Map<String, Region> loaded = byCode;
        if (loaded == null) {
            synchronized (this) {
                if (byCode == null) {
                    byCode = jdbc.sql("select code, dotted_code, name, level from slrt.region")
                            .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                            .list().stream()
                            .collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));
                }
                loaded = byCode;
            }
        }
        return loaded;
    }
}
