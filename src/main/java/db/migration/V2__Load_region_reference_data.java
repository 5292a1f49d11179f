package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the Kepmendagri 2025 region codes shipped in {@code reference/regions-kepmendagri-2025.csv}
 * (see {@code reference/NOTICE.md} for source and licence). Later corrections come as new migrations.
 */
public class V2__Load_region_reference_data extends BaseJavaMigration {

    static final String RESOURCE = "reference/regions-kepmendagri-2025.csv";

    @Override
    public void migrate(Context context) throws Exception {
        String sql = "insert into region (code, dotted_code, name, level, parent_code) values (?, ?, ?, ?, ?)";
        try (BufferedReader reader = open();
             PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            String header = reader.readLine();
            if (!"code,name,level".equals(header)) {
                throw new IllegalStateException("Unexpected header in " + RESOURCE + ": " + header);
            }
            String line;
            int batched = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int first = line.indexOf(',');
                int last = line.lastIndexOf(',');
                String dotted = line.substring(0, first);
                String name = unquote(line.substring(first + 1, last));
                int level = Integer.parseInt(line.substring(last + 1).trim());
                String code = dotted.replace(".", "");
                insert.setString(1, code);
                insert.setString(2, dotted);
                insert.setString(3, name);
                insert.setInt(4, level);
                insert.setString(5, level == 1 ? null : code.substring(0, code.length() - 2));
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        try (InputStream in = resource()) {
            crc.update(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
        return (int) crc.getValue();
    }

    private static String unquote(String value) {
        String v = value.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replace("\"\"", "\"");
        }
        return v;
    }

    private static BufferedReader open() {
        return new BufferedReader(new InputStreamReader(resource(), StandardCharsets.UTF_8));
    }

    private static InputStream resource() {
        InputStream in = V2__Load_region_reference_data.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + RESOURCE);
        }
        return in;
    }
}
